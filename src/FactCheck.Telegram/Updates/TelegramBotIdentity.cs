using System.Globalization;
using FactCheck.Core.Hosting;

namespace FactCheck.Telegram.Updates;

/// <summary>Telegram's numeric user ids against the bot's identity.</summary>
internal static class TelegramBotIdentity
{
    /// <summary>True when <paramref name="userId"/> is the bot itself.</summary>
    public static bool Is(this BotIdentity me, long? userId) =>
        userId is { } id && me.IsId(id.ToString(CultureInfo.InvariantCulture));
}
