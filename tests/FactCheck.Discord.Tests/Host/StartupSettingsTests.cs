using FactCheck.Bot;
using FactCheck.Discord.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Discord.Tests.Host;

/// <summary>A misconfigured shard or interactions endpoint stops the start with one line naming the setting.</summary>
public sealed class StartupSettingsTests
{
    private const string InMemory = "Data Source=:memory:";

    // A valid Ed25519 public key (RFC 8032, test 1): the validator accepts it, so only the setting under test can fail.
    private const string Rfc8032Key = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    [Theory]
    [InlineData("2", "2", "Discord:ShardId must be between 0 and Discord:ShardCount - 1 (got 2 of 2).")]
    [InlineData("5", "2", "Discord:ShardId must be between 0 and Discord:ShardCount - 1 (got 5 of 2).")]
    [InlineData("0", "0", "Discord:ShardId must be between 0 and Discord:ShardCount - 1 (got 0 of 0).")]
    [InlineData("-1", "1", "Discord:ShardId must be between 0 and Discord:ShardCount - 1 (got -1 of 1).")]
    public async Task A_shard_outside_the_shard_count_stops_the_start(string shardId, string shardCount, string expected)
    {
        using var host = Build(new() { ["Discord:ShardId"] = shardId, ["Discord:ShardCount"] = shardCount });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:0", null, "Discord:PublicKey is required when Discord:InteractionsListen is set")]
    [InlineData("http://127.0.0.1:0", "not-hex", "Discord:PublicKey must be the application's Ed25519 public key")]
    [InlineData("http://127.0.0.1:0", "d75a980182b10ab7d54bfed3c964073a", "Discord:PublicKey must be the application's Ed25519 public key")]
    [InlineData("https://0.0.0.0:8443", Rfc8032Key, "Discord:InteractionsListen must be an http://host:port address")]
    [InlineData("127.0.0.1:8081", Rfc8032Key, "Discord:InteractionsListen must be an http://host:port address")]
    [InlineData("http://0.0.0.0:8081/interactions", Rfc8032Key, "Discord:InteractionsListen must be an http://host:port address")]
    public async Task A_bad_interactions_endpoint_setting_stops_the_start(string listen, string? publicKey, string expected)
    {
        using var host = Build(new() { ["Discord:InteractionsListen"] = listen, ["Discord:PublicKey"] = publicKey });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_endpoint_is_off_by_default()
    {
        using var host = Build([]);

        Assert.Null(host.Services.GetService<InteractionsEndpoint>());
    }

    [Fact]
    public void A_key_off_the_curve_is_refused()
    {
        Assert.True(InteractionSignature.TryParsePublicKey(Rfc8032Key, out _));
        // y = 2 has no x on edwards25519 (2^2 - 1 over 1 + d*2^2 is not a square), so these bytes are no public key.
        Assert.False(InteractionSignature.TryParsePublicKey("02" + new string('0', 62), out _));
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        settings["Discord:Token"] = "t";
        settings["Discord:ApplicationId"] = "777";
        settings["Storage:ConnectionString"] = InMemory;
        return BotHostFactory.CreateBuilder([], settings).Build();
    }
}
