using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheck.Telegram.Updates;

/// <summary>Asks Telegram whether a message's sender administers its group (only admins may switch autocheck).</summary>
internal sealed partial class GroupAdmins(ITelegramBotClient bot, ILogger<GroupAdmins> logger)
{
    public async Task<bool> IsAdminAsync(Message message, CancellationToken cancellationToken)
    {
        // An anonymous admin writes as the group itself.
        if (message.SenderChat?.Id == message.Chat.Id)
        {
            return true;
        }

        if (message.From is null)
        {
            return false;
        }

        try
        {
            var member = await bot.GetChatMember(message.Chat.Id, message.From.Id, cancellationToken);
            return member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator;
        }
        catch (RequestException e)
        {
            // Not knowing means no: switching autocheck is refused, and the user can try again.
            LogLookupFailed(e, message.Chat.Id);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look up the admins of chat {ChatId}")]
    private partial void LogLookupFailed(Exception exception, long chatId);
}
