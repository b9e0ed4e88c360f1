using System.Threading.Channels;
using FactCheck.Core.Hosting;
using FactCheck.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Discord.Tests.Host;

/// <summary>/readyz reads <see cref="PlatformReadiness"/>: Discord must say "not connected" until READY, again when the
/// gateway drops, and "connected" once the session is resumed.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Discord_is_ready_after_READY_not_ready_after_a_drop_and_ready_again_after_RESUMED()
    {
        await using var h = await BotHarness.StartAsync(handshake: false);
        var readiness = h.Host.Services.GetRequiredService<PlatformReadiness>();
        var changes = Channel.CreateUnbounded<bool>();
        readiness.Changed += platform =>
        {
            if (platform == "discord")
            {
                changes.Writer.TryWrite(readiness.IsConnected("discord"));
            }
        };

        var first = await h.Fake.ExpectConnectionAsync();
        Assert.False(readiness.IsConnected("discord"));
        Assert.Contains(readiness.Problems(), p => p.StartsWith("discord:", StringComparison.Ordinal));

        await first.HandshakeAsync(h.Fake);
        Assert.True(await NextAsync(changes));
        Assert.Empty(readiness.Problems());

        await first.CloseAsync(4000, "Unknown error");
        Assert.False(await NextAsync(changes));
        Assert.Contains("discord: gateway connection lost, reconnecting", readiness.Problems());

        var second = await h.Fake.ExpectConnectionAsync();
        await second.HelloAsync();
        await second.ExpectAsync(6);
        await second.DispatchAsync("RESUMED", new { }, 2);
        Assert.True(await NextAsync(changes));
        Assert.Empty(readiness.Problems());
    }

    private static async Task<bool> NextAsync(Channel<bool> changes)
    {
        using var timeout = new CancellationTokenSource(FakeDiscord.Timeout);
        return await changes.Reader.ReadAsync(timeout.Token);
    }
}
