using FactCheck.Bot;
using FactCheck.Discord.Adapter;
using FactCheck.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Discord.Tests.Host;

public sealed class HostLifecycleTests
{
    // A host that never gets a database of its own must not create the default one under the working folder.
    private const string InMemory = "Data Source=:memory:";

    [Fact]
    public async Task Commands_are_registered_at_start_globally()
    {
        await using var h = await BotHarness.StartAsync();

        var put = await h.Fake.ExpectRequestAsync("PUT", "/applications/777/commands");

        var commands = put.Json.EnumerateArray().ToList();
        Assert.Contains(commands, c => c.GetProperty("name").GetString() == "check" && c.GetProperty("type").GetInt32() == 1);
        Assert.Contains(commands, c => c.GetProperty("name").GetString() == "Fact-check" && c.GetProperty("type").GetInt32() == 3);
        Assert.Equal("Bot " + BotHarness.Token, put.Authorization);
    }

    [Fact]
    public async Task With_a_guild_id_commands_are_registered_on_that_server_and_the_gateway_url_is_asked_of_discord()
    {
        await using var h = await BotHarness.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Discord:GuildId"] = "55",
            ["Discord:GatewayUrl"] = null,
        });

        await h.Fake.ExpectRequestAsync("PUT", "/applications/777/guilds/55/commands");
        var gateway = await h.Fake.ExpectRequestAsync("GET", "/gateway/bot");
        Assert.Equal("Bot " + BotHarness.Token, gateway.Authorization);
        Assert.Equal("/gateway", h.Gateway.Path);
    }

    [Fact]
    public async Task The_configured_shard_is_sent_in_identify_with_the_bot_intents()
    {
        await using var h = await BotHarness.StartAsync(
            settings: new Dictionary<string, string?> { ["Discord:ShardId"] = "1", ["Discord:ShardCount"] = "2" },
            handshake: false);
        var connection = await h.Fake.ExpectConnectionAsync();

        var identify = await connection.HandshakeAsync(h.Fake);

        Assert.Equal([1, 2], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(BotHarness.Token, identify.GetProperty("token").GetString());
        Assert.Equal(37377, identify.GetProperty("intents").GetInt32());
    }

    [Fact]
    public async Task Close_4004_stops_the_adapter_with_one_clear_line_and_no_retry()
    {
        await using var h = await BotHarness.StartAsync(handshake: false);
        var connection = await h.Fake.ExpectConnectionAsync();
        await connection.HelloAsync();
        await connection.ExpectAsync(2);

        await connection.CloseAsync(4004, "Authentication failed.");

        var service = h.Host.Services.GetRequiredService<DiscordBotService>();
        await service.ExecuteTask!.WaitAsync(FakeDiscord.Timeout);
        Assert.Equal(4004, service.StopReason!.CloseCode);
        Assert.Equal(1, h.Fake.ConnectionCount);
        var critical = Assert.Single(h.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("Discord:Token", critical, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains(BotHarness.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_application_id_stops_the_start_with_one_clear_line()
    {
        await using var fake = new FakeDiscord();
        var builder = BotHostFactory.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Discord:Token"] = "t",
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
            ["Storage:ConnectionString"] = InMemory,
        });
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Equal(
            "Discord:ApplicationId is required when Discord:Token is set (copy the Application ID from the Developer Portal).",
            error.Message);
    }

    [Fact]
    public async Task A_bad_api_url_stops_the_start_with_one_clear_line()
    {
        var builder = BotHostFactory.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Discord:Token"] = "t",
            ["Discord:ApplicationId"] = "777",
            ["Discord:ApiBaseUrl"] = "discord.com/api",
            ["Storage:ConnectionString"] = InMemory,
        });
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Discord:ApiBaseUrl must be an absolute http(s) URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_token_the_adapter_is_not_registered()
    {
        var builder = BotHostFactory.CreateBuilder([], new Dictionary<string, string?> { ["Discord:Token"] = "", ["Storage:ConnectionString"] = InMemory });
        using var host = builder.Build();

        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is DiscordBotService);
    }
}
