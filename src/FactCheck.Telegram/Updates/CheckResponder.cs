using FactCheck.Core.Checking;
using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Sending;
using FactCheck.Telegram.Tipline;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using FactCheck.Core.Hosting;

namespace FactCheck.Telegram.Updates;

/// <summary>Passes what a user said to the conversation and sends its answer; and checks group messages nobody asked
/// about (autocheck, Telegram's own).</summary>
internal sealed class CheckResponder(
    TelegramSender sender,
    ConversationService conversation,
    BotIdentity me)
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

    /// <summary>Checks a group message nobody asked about (autocheck); the conversation decides whether to speak.</summary>
    public async Task AutocheckAsync(Chat chat, int messageId, User user, CheckRequest request, IncomingImage? image, CancellationToken cancellationToken)
    {
        var incoming = TelegramIncoming.Of(user, chat, request.Text, new Check(request.Text)) with { Urls = request.Urls, Image = image };
        await SendAsync(chat.Id, messageId, await conversation.AutocheckAsync(incoming, cancellationToken), cancellationToken);
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
}
