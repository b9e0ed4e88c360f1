using System.Globalization;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Desk;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Sending;
using FactCheck.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace FactCheck.Telegram.Tipline;

/// <summary>Sends the tip desk's answer to the caller, and its notice of a new or joined tip to the reviewers' chats.</summary>
internal sealed partial class DeskAnswerSender(
    BotIdentity me,
    TelegramSender sender,
    IOptions<ReviewerOptions> reviewers,
    ILogger<DeskAnswerSender> logger)
{
    /// <summary>Replies with <paramref name="answer"/>; a submitter in a group, promised the verdict in a private chat, is
    /// also told how to open that chat: Telegram lets no bot write first to a user who never started it.</summary>
    public async Task ReplyAsync(Chat chat, int replyTo, DeskAnswer answer, string? language, CancellationToken cancellationToken)
    {
        var text = answer.Text;
        if (answer.PromisedPrivately)
        {
            text += "\n\n" + string.Format(CultureInfo.InvariantCulture, BotTexts.For(language).StartPrivateChat, me.Username);
        }

        foreach (var part in PlainTextParts.Of(text))
        {
            if (await sender.SendHtmlAsync(chat.Id, part, replyTo, cancellationToken) != SendOutcome.Sent)
            {
                break;
            }
        }

        await NotifyReviewersAsync(answer.ReviewersNotice, cancellationToken);
    }

    /// <summary>Runs a tip desk call; a failure (the store, say) is logged and answered with null, so the caller can say sorry.</summary>
    public async Task<DeskAnswer?> TryAsync(Func<Task<DeskAnswer>> call, string what)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogDeskFailed(e, what);
            return null;
        }
    }

    /// <summary>True when <paramref name="chatId"/> is a configured reviewers' chat, where a tip's text may be shown.</summary>
    public bool IsReviewersChat(long chatId) =>
        reviewers.Value.ChatsOf(ChatSettings.Platform).Contains(chatId.ToString(CultureInfo.InvariantCulture));

    /// <summary>True when the user is a configured reviewer (by id, wherever they write).</summary>
    public bool IsReviewer(long userId) =>
        reviewers.Value.Allows(new Reviewer(ChatSettings.Platform, userId.ToString(CultureInfo.InvariantCulture)));

    // Best effort: a reviewers' chat the bot was removed from must not cost the submitter their answer.
    private async Task NotifyReviewersAsync(string? notice, CancellationToken cancellationToken)
    {
        if (notice is null)
        {
            return;
        }

        foreach (var chat in reviewers.Value.ChatsOf(ChatSettings.Platform))
        {
            if (!long.TryParse(chat, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
            {
                continue;
            }

            var outcome = await sender.SendHtmlAsync(chatId, TelegramHtml.Escape(notice), null, cancellationToken);
            if (outcome != SendOutcome.Sent)
            {
                LogNoticeNotPosted(chatId, outcome.ToString());
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The tip desk failed on {What}")]
    private partial void LogDeskFailed(Exception exception, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not post a new tip to the reviewers' chat {ChatId} ({Outcome})")]
    private partial void LogNoticeNotPosted(long chatId, string outcome);
}
