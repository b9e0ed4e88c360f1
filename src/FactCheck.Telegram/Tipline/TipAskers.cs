using System.Globalization;
using FactCheck.Core.Tips;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Updates;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheck.Telegram.Tipline;

/// <summary>Who is talking to the tip desk, and where they are told the verdict.</summary>
internal static class TipAskers
{
    /// <summary>A user submitting or managing their tips: told in their private chat with the bot. In a group that is the
    /// user's id, which only works once they have started the bot (else the notification is undeliverable), and the
    /// desk's answer in the group says the verdict comes privately.</summary>
    public static Asker Submitter(User user, Chat chat, string? language) =>
        new(ChatSettings.Platform, Id(user.Id), Id(chat.Type == ChatType.Private ? chat.Id : user.Id), BotTexts.For(language).Language)
        {
            NotifiedPrivately = chat.Type != ChatType.Private,
        };

    /// <summary>A reviewer acting in <paramref name="chat"/>: a configured reviewers' chat lets all its members act.</summary>
    public static Asker Reviewer(User user, Chat chat, string? language) =>
        new(ChatSettings.Platform, Id(user.Id), Id(chat.Id), BotTexts.For(language).Language);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
