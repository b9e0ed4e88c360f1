using FactCheck.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Bot;

/// <summary>Builds the bot's host: core, storage, seeds and whichever chat adapters are configured.</summary>
public static class BotHostFactory
{
    /// <summary>A host builder reading appsettings.json and the environment, with <paramref name="overrides"/> on top (tests use them).</summary>
    public static HostApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(args);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.AddDiscord();
        return builder;
    }
}
