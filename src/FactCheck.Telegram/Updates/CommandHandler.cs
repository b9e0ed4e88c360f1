using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Sending;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheck.Telegram.Updates;

/// <summary>Commands: /check and /autocheck read Telegram's replies and groups; every other command is parsed once by
/// the conversation's <see cref="CommandParser"/> and answered by the conversation.</summary>
internal sealed class CommandHandler(
    GroupAdmins admins,
    ConversationService conversation,
    CheckResponder responder,
    TelegramSender sender,
    CheckRequestBuilder requests,
    TelegramImages images)
{
    public async Task HandleAsync(Message message, User user, ParsedCommand command, string? language, CancellationToken cancellationToken)
    {
        var texts = BotTexts.For(language);
        var isPrivate = message.Chat.Type == ChatType.Private;
        switch (command.Name)
        {
            case "check":
                await CheckAsync(message, user, command.Arguments, language, texts, cancellationToken);
                return;
            case "autocheck":
                await AutocheckAsync(message, user, command.Arguments, cancellationToken);
                return;
        }

        var parsed = CommandParser.Parse(command.Name, command.Arguments);
        if (parsed is UnknownCommand && !isPrivate)
        {
            // In a group an unknown command may belong to another bot.
            return;
        }

        var incoming = TelegramIncoming.Of(user, message.Chat, MessageText.Of(message), parsed);
        if (parsed is Submit { Text: null })
        {
            var target = requests.Checkable(message.ReplyToMessage);
            if (target is null && message.ReplyToMessage is not null)
            {
                // A reply to our own answer: Telegram leaves out the message that answer replied to.
                await ReplyAsync(message, TelegramHtml.Escape(texts.SubmitOurAnswer), cancellationToken);
                return;
            }

            // "/submit" in reply to a message submits that message, as /check would check it.
            incoming = incoming with { SubmitFallback = target is null ? null : requests.For(target, language, withReply: false).Text };
        }

        await responder.AnswerAsync(message.Chat, message.MessageId, incoming, cancellationToken);
    }

    private async Task CheckAsync(Message message, User user, string arguments, string? language, BotTexts texts, CancellationToken cancellationToken)
    {
        var target = requests.Checkable(message.ReplyToMessage);
        if (target is null && arguments.Length == 0 && !TelegramImages.HasImage(message))
        {
            // Telegram's usage: /check also answers a replied-to message.
            await ReplyAsync(message, TelegramHtml.Escape(texts.CheckUsage), cancellationToken);
            return;
        }

        var request = target is null
            ? new Core.Checking.CheckRequest(arguments, language, MessageText.UrlsOf(message).ToList())
            : requests.For(target, language, withReply: false, quote: message.Quote?.Text, extra: arguments);
        var replyTo = target is not null && arguments.Length == 0 ? target.MessageId : message.MessageId;
        await responder.CheckAndReplyAsync(message.Chat, replyTo, user, request, images.Of(target ?? message), cancellationToken);
    }

    /// <summary>The switch's rule is the conversation's; Telegram only says who administers the group.</summary>
    private async Task AutocheckAsync(Message message, User user, string arguments, CancellationToken cancellationToken)
    {
        var autocheck = Autocheck.Parse(arguments);
        var incoming = TelegramIncoming.Of(user, message.Chat, arguments, autocheck);
        var answer = await conversation.SwitchAutocheckAsync(incoming, autocheck, ct => admins.IsAdminAsync(message, ct), cancellationToken);
        await ReplyAsync(message, TelegramHtml.Escape(answer.Text ?? string.Empty), cancellationToken);
    }

    private Task<SendOutcome> ReplyAsync(Message message, string html, CancellationToken cancellationToken) =>
        sender.SendHtmlAsync(message.Chat.Id, html, message.MessageId, cancellationToken);
}
