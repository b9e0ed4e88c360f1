using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Sending;
using FactCheck.Telegram.Tipline;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheck.Telegram.Updates;

/// <summary>/start, /help, /check, /language and /autocheck; the tip desk's commands go to <see cref="TipCommandHandler"/>.</summary>
internal sealed class CommandHandler(
    BotIdentity me,
    ChatSettings settings,
    GroupAdmins admins,
    ChatLimits limits,
    CheckResponder responder,
    TelegramSender sender,
    CheckRequestBuilder requests,
    TipCommandHandler tips)
{
    public async Task HandleAsync(Message message, User user, ParsedCommand command, string? language, CancellationToken cancellationToken)
    {
        var texts = BotTexts.For(language);
        var isPrivate = message.Chat.Type == ChatType.Private;
        if (tips.Handles(command.Name))
        {
            await tips.HandleAsync(message, user, command, language, cancellationToken);
            return;
        }

        switch (command.Name)
        {
            case "start" or "help":
                await ReplyAsync(message, HelpHtml(texts), cancellationToken);
                break;
            case "check":
                await CheckAsync(message, user, command.Arguments, language, texts, cancellationToken);
                break;
            case "language":
                await LanguageAsync(message, user, command.Arguments, cancellationToken);
                break;
            case "autocheck" when isPrivate:
                await ReplyAsync(message, TelegramHtml.Escape(texts.AutocheckGroupsOnly), cancellationToken);
                break;
            case "autocheck":
                await AutocheckAsync(message, command.Arguments, texts, cancellationToken);
                break;
            default:
                // In a group an unknown command may belong to another bot; in private it deserves the help text.
                if (isPrivate)
                {
                    await ReplyAsync(message, HelpHtml(texts), cancellationToken);
                }

                break;
        }
    }

    private async Task CheckAsync(Message message, User user, string arguments, string? language, BotTexts texts, CancellationToken cancellationToken)
    {
        var target = requests.Checkable(message.ReplyToMessage);
        if (target is null && arguments.Length == 0)
        {
            await ReplyAsync(message, TelegramHtml.Escape(texts.CheckUsage), cancellationToken);
            return;
        }

        var request = target is null
            ? new Core.Checking.CheckRequest(arguments, language, MessageText.UrlsOf(message).ToList())
            : requests.For(target, language, withReply: false, quote: message.Quote?.Text, extra: arguments);
        var replyTo = target is not null && arguments.Length == 0 ? target.MessageId : message.MessageId;
        await responder.CheckAndReplyAsync(message.Chat.Id, replyTo, user.Id, request, texts, cancellationToken);
    }

    private async Task LanguageAsync(Message message, User user, string arguments, CancellationToken cancellationToken)
    {
        var choice = arguments.Trim().ToLowerInvariant();
        if (choice is not ("en" or "id"))
        {
            var current = BotTexts.For(await settings.GetLanguageAsync(user.Id, cancellationToken) ?? user.LanguageCode);
            await ReplyAsync(message, TelegramHtml.Escape(current.LanguageUsage), cancellationToken);
            return;
        }

        await settings.SetLanguageAsync(user.Id, choice, cancellationToken);
        await ReplyAsync(message, TelegramHtml.Escape(BotTexts.For(choice).LanguageSet), cancellationToken);
    }

    private async Task AutocheckAsync(Message message, string arguments, BotTexts texts, CancellationToken cancellationToken)
    {
        if (!await admins.IsAdminAsync(message, cancellationToken))
        {
            await ReplyAsync(message, TelegramHtml.Escape(texts.AutocheckAdminsOnly), cancellationToken);
            return;
        }

        var arg = arguments.Trim().ToLowerInvariant();
        var on = arg switch
        {
            "on" => true,
            "off" => false,
            _ => !await settings.IsAutocheckOnAsync(message.Chat.Id, cancellationToken),
        };
        await settings.SetAutocheckAsync(message.Chat.Id, on, cancellationToken);
        var text = on ? string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.AutocheckOn, limits.AutocheckRepliesPerHour) : texts.AutocheckOff;
        await ReplyAsync(message, TelegramHtml.Escape(text), cancellationToken);
    }

    private string HelpHtml(BotTexts texts) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, texts.Help, TelegramHtml.Escape(me.Username));

    private Task<SendOutcome> ReplyAsync(Message message, string html, CancellationToken cancellationToken) =>
        sender.SendHtmlAsync(message.Chat.Id, html, message.MessageId, cancellationToken);
}
