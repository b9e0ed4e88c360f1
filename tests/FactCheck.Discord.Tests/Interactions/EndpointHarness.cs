using System.Text.Json;
using FactCheck.Core.Checking;
using FactCheck.Discord.Interactions;
using FactCheck.Discord.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Discord.Tests.Interactions;

/// <summary>The real bot host with the interactions endpoint on 127.0.0.1 (a free port), keyed to a fresh
/// <see cref="DiscordSigner"/>; the gateway and REST still go to the fake Discord.</summary>
internal static class EndpointHarness
{
    public static async Task<(BotHarness Bot, Uri Endpoint)> StartAsync(
        DiscordSigner signer,
        Func<ICheckService, ICheckService>? wrapChecker = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Discord:InteractionsListen"] = "http://127.0.0.1:0",
            ["Discord:PublicKey"] = signer.PublicKeyHex,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var bot = await BotHarness.StartAsync(wrapChecker, all, configure: configure);
        var endpoint = bot.Host.Services.GetRequiredService<InteractionsEndpoint>().Address!;
        return (bot, endpoint);
    }

    public static async Task<JsonElement> JsonOfAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync()).RootElement.Clone();
    }
}
