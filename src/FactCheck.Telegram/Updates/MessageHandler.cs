using System.Globalization;
using FactCheck.Core.Conversation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using FactCheck.Core.Hosting;

namespace FactCheck.Telegram.Updates;

/// <summary>Routes a message: commands; in private chats every message is checked; in groups only when asked, or by autocheck.</summary>
internal sealed class MessageHandler(
    BotIdentity me,
    ChatSettings settings,
    ConversationService conversation,
    CheckRequestBuilder requests,
    CommandHandler commands,
    CheckResponder responder,
    TelegramImages images)
{
    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        // Other bots (and our own echoes) are never checked; an anonymous admin posts as the group, with IsBot set.
        if (message.From is not { } user || (user.IsBot && message.SenderChat is null))
        {
            return;
        }

        var language = await settings.GetLanguageAsync(user.Id, cancellationToken) ?? user.LanguageCode;
        var command = ParsedCommand.Parse(MessageText.Of(message), me);
        if (command is not null)
        {
            await commands.HandleAsync(message, user, command, language, cancellationToken);
            return;
        }

        if (message.Chat.Type == ChatType.Private)
        {
            var image = images.Of(message);
            await responder.CheckAndReplyAsync(message.Chat, message.MessageId, user, requests.For(message, language, withReply: true), image, cancellationToken);
        }
        else if (message.Chat.Type is ChatType.Group or ChatType.Supergroup)
        {
            await OnGroupMessageAsync(message, user, language, cancellationToken);
        }
    }

    private async Task OnGroupMessageAsync(Message message, User user, string? language, CancellationToken cancellationToken)
    {
        if (MessageText.MentionsBot(message, me))
        {
            // "@bot" in a reply asks about the replied-to message; a bare mention asks about its own text.
            var target = requests.Checkable(message.ReplyToMessage) ?? message;
            var request = target == message ? requests.For(message, language, withReply: false) : requests.For(target, language, withReply: false, quote: message.Quote?.Text);
            await responder.CheckAndReplyAsync(message.Chat, target.MessageId, user, request, images.Of(target), cancellationToken);
        }
        else if ((MessageText.Of(message).Length > 0 || images.Of(message) is not null) && await conversation.IsAutocheckOnAsync(Platform.Telegram, Id(message.Chat.Id), cancellationToken))
        {
            var request = requests.For(message, language, withReply: false);
            await responder.AutocheckAsync(message.Chat, message.MessageId, user, request, images.Of(message), cancellationToken);
        }
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
