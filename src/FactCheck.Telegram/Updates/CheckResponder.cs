using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Sending;
using FactCheck.Telegram.Tipline;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using FactCheck.Core.Hosting;

namespace FactCheck.Telegram.Updates;

/// <summary>Passes what a user said to the conversation and sends its answer; and checks group messages nobody asked
/// about (autocheck, Telegram's own).</summary>
internal sealed partial class CheckResponder(
    ICheckService checker,
    TelegramSender sender,
    ChatLimits limits,
    ConversationService conversation,
    BotIdentity me,
    ILogger<CheckResponder> logger)
{
    /// <summary>Checks on a user's request (a private message, /check, a mention) and answers.</summary>
    public Task CheckAndReplyAsync(Chat chat, int replyTo, User user, CheckRequest request, CancellationToken cancellationToken) =>
        CheckAndReplyAsync(chat, replyTo, user, request, null, cancellationToken);

    /// <summary>Checks as above, with the message's image (a photo or image document): its caption is the request's text.</summary>
    public Task CheckAndReplyAsync(Chat chat, int replyTo, User user, CheckRequest request, IncomingImage? image, CancellationToken cancellationToken)
    {
        var incoming = TelegramIncoming.Of(user, chat, request.Text, new Check(request.Text)) with { Urls = request.Urls };
        if (image is not null)
        {
            // The conversation words the "reading your image…" notice and decides when; it is sent here, as a reply.
            incoming = incoming with { Image = image with { SendNotice = (text, ct) => sender.SendHtmlAsync(chat.Id, TelegramHtml.Escape(text), replyTo, ct) } };
        }

        return AnswerAsync(chat, replyTo, incoming, cancellationToken);
    }

    /// <summary>The conversation's answer to <paramref name="incoming"/>, sent as a reply to <paramref name="replyTo"/>.</summary>
    public async Task<Answer> AnswerAsync(Chat chat, int replyTo, Incoming incoming, CancellationToken cancellationToken)
    {
        var answer = await conversation.HandleAsync(incoming, cancellationToken);
        await SendAsync(chat.Id, replyTo, answer, cancellationToken);
        return answer;
    }

    /// <summary>Sends an answer; the offer to send the message to the reviewers is the button under its last part.</summary>
    public Task SendAsync(long chatId, int replyTo, Answer answer, CancellationToken cancellationToken) =>
        SendAllAsync(chatId, replyTo, TelegramAnswerRenderer.Render(answer, me.Username), answer.OffersSubmit ? SubmitButton.For(answer.Language) : null, cancellationToken);

    /// <summary>Checks a group message nobody asked about; speaks only on a confident False or Misleading match within the group's budget.</summary>
    public async Task AutocheckAsync(long chatId, int messageId, CheckRequest request, CancellationToken cancellationToken)
    {
        var report = await TryCheckAsync(request, cancellationToken);
        var alarming = report?.Matches
            .Where(m => m.Decision == MatchDecision.Reply && m.Claim.Reviews.Any(r => r.Verdict is Verdict.False or Verdict.Misleading))
            .ToList();
        if (report is null || alarming is not { Count: > 0 })
        {
            return;
        }

        if (limits.Groups.TryAcquire(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)) != LimitResult.Allowed)
        {
            LogBudgetSpent(chatId);
            return;
        }

        var quiet = report with { Note = InputNote.None, Matches = alarming, UnmatchedPassages = [] };
        await SendAllAsync(chatId, messageId, TelegramHtmlRenderer.Render(quiet), null, cancellationToken);
    }

    // Nobody asked for an autocheck: a failure is logged and nothing is said.
    private async Task<CheckReport?> TryCheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await checker.CheckAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCheckFailed(e);
            return null;
        }
    }

    // The button, if any, goes under the last part, where the user finishes reading.
    private async Task SendAllAsync(long chatId, int replyTo, IReadOnlyList<string> parts, InlineKeyboardMarkup? buttons, CancellationToken cancellationToken)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var markup = i == parts.Count - 1 ? buttons : null;
            if (await sender.SendHtmlAsync(chatId, parts[i], replyTo, markup, cancellationToken) == SendOutcome.ChatUnavailable)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Autocheck budget of chat {ChatId} is spent for this hour; not replying")]
    private partial void LogBudgetSpent(long chatId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The autocheck's check failed")]
    private partial void LogCheckFailed(Exception exception);
}
