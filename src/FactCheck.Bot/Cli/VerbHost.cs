using FactCheck.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Bot.Cli;

/// <summary>The bot's services without its hosted services, for a verb that runs once and exits.</summary>
internal static class VerbHost
{
    /// <summary>Builds the services, migrates the store and (unless <paramref name="loadIndex"/> is false) loads seeds and the index.</summary>
    public static async Task<IHost> StartAsync(bool loadIndex, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(overrides ?? new Dictionary<string, string?>())
        {
            // A verb never connects to a chat platform, even when a token is in the environment.
            ["Telegram:Token"] = string.Empty,
            ["Discord:Token"] = string.Empty,
        };
        var host = BotHostFactory.CreateBuilder([], settings, consoleChat: false).Build();
        var loader = host.Services.GetRequiredService<ClaimIndexLoader>();
        if (loadIndex)
        {
            await loader.LoadAsync(cancellationToken);
        }

        return host;
    }
}
