using System.Globalization;
using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheck.Telegram.Updates;

/// <summary>A Telegram user's message or button press as the conversation's <see cref="Incoming"/>.</summary>
internal static class TelegramIncoming
{
    /// <summary>In a group, others read the answer, and a verdict reaches the user in their private chat with the bot,
    /// whose id is the user's.</summary>
    public static Incoming Of(User user, Chat chat, string text, ChatCommand? command = null)
    {
        var inPrivate = chat.Type == ChatType.Private;
        return new Incoming(Platform.Telegram, Id(user.Id), Id(chat.Id), text, user.LanguageCode, command)
        {
            SeenByOthers = !inPrivate,
            NotifiedPrivately = !inPrivate,
            NotifyChatId = Id(inPrivate ? chat.Id : user.Id),
        };
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
