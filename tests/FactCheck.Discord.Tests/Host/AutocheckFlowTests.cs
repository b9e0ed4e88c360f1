using System.Text.Json;
using FactCheck.Core.Conversation;
using FactCheck.Discord.Tests.Fakes;

namespace FactCheck.Discord.Tests.Host;

/// <summary>Autocheck in a server channel: switched by whoever may manage the channel, it replies (pinging nobody) only
/// to a message carrying a claim rated false or misleading, once, and not at all once switched off.</summary>
/// <remarks>Messages are handled by one worker here, so they are handled in the order sent: when a DM sent after them
/// has been answered, every server message before it has been handled too (the barrier instead of a sleep).</remarks>
public sealed class AutocheckFlowTests
{
    private static readonly Dictionary<string, string?> InOrder = new() { ["Discord:MaxConcurrentHandlers"] = "1" };

    [Fact]
    public async Task The_command_is_registered_for_channel_managers_in_servers_with_on_and_off()
    {
        await using var h = await BotHarness.StartAsync();

        var put = await h.Fake.ExpectRequestAsync("PUT", "/applications/777/commands");

        var command = Assert.Single(put.Json.EnumerateArray(), c => c.GetProperty("name").GetString() == "autocheck");
        Assert.Equal("16", command.GetProperty("default_member_permissions").GetString());
        Assert.Equal([0], command.GetProperty("contexts").EnumerateArray().Select(c => c.GetInt32()));
        var mode = Assert.Single(command.GetProperty("options").EnumerateArray());
        Assert.Equal(["on", "off"], mode.GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task A_member_without_manage_channels_is_refused_privately_and_the_channel_stays_unchecked()
    {
        await using var h = await BotHarness.StartAsync(settings: InOrder);

        await h.Gateway.DispatchAsync("INTERACTION_CREATE", AutocheckEvents.Switch("a-1", "on", AutocheckEvents.Member), 2);
        var refused = await h.Fake.ExpectRequestAsync("POST", "/interactions/a-1/itok-a-1/callback");
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", AutocheckEvents.Message("g-1", AutocheckEvents.MisleadingClaim), 3);
        await BarrierAsync(h, "dm-barrier", 4);

        Assert.Equal(AutocheckTexts.DiscordEnglish.ModeratorsOnly, Content(refused));
        Assert.Equal(64, refused.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Empty(h.Fake.Delivered(AutocheckEvents.Channel));
    }

    [Theory]
    [InlineData(AutocheckEvents.ChannelManager)]
    [InlineData(AutocheckEvents.Administrator)]
    public async Task With_autocheck_on_only_the_misleading_claim_gets_a_reply_that_pings_nobody(string permissions)
    {
        await using var h = await BotHarness.StartAsync(settings: InOrder);

        await h.Gateway.DispatchAsync("INTERACTION_CREATE", AutocheckEvents.Switch("a-2", "on", permissions), 2);
        var on = await h.Fake.ExpectRequestAsync("POST", "/interactions/a-2/itok-a-2/callback");
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", AutocheckEvents.Message("g-chatter", "see you at dinner tonight"), 3);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", AutocheckEvents.Message("g-unverified", DiscordEvents.SeedQuote), 4);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", AutocheckEvents.Message("g-elsewhere", AutocheckEvents.MisleadingClaim, channelId: "other-chan"), 5);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", AutocheckEvents.Message("g-bot", AutocheckEvents.MisleadingClaim, author: DiscordEvents.User("9", bot: true)), 6);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", AutocheckEvents.Message("g-misleading", AutocheckEvents.MisleadingClaim), 7);

        var reply = (await h.Fake.ExpectDeliveredAsync(AutocheckEvents.Channel, 1))[0];
        await BarrierAsync(h, "dm-barrier", 8);

        // The channel is told (its members should know the bot now reads every message there).
        Assert.StartsWith("Autocheck is on in this channel", Content(on), StringComparison.Ordinal);
        Assert.False(on.Json.GetProperty("data").TryGetProperty("flags", out _));
        Assert.Equal("g-misleading", ReplyTo(reply));
        Assert.Empty(reply.Json.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.False(reply.Json.GetProperty("allowed_mentions").GetProperty("replied_user").GetBoolean());
        Assert.Contains("Misleading", reply.Text, StringComparison.Ordinal);
        Assert.Contains("reconnaissance satellite", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tip:submit", reply.Text, StringComparison.Ordinal);
        Assert.Single(h.Fake.Delivered(AutocheckEvents.Channel));
        Assert.Empty(h.Fake.Delivered("other-chan"));
    }

    [Fact]
    public async Task Switched_off_again_the_channel_gets_nothing_while_mentions_are_still_answered()
    {
        await using var h = await BotHarness.StartAsync(settings: InOrder);
        await SwitchAsync(h, "a-3", "on", 2);

        var off = await SwitchAsync(h, "a-4", "off", 3);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", AutocheckEvents.Message("g-after-off", AutocheckEvents.MisleadingClaim), 4);
        var mention = new
        {
            id = "g-mention",
            channel_id = AutocheckEvents.Channel,
            guild_id = AutocheckEvents.Guild,
            author = DiscordEvents.User(),
            content = $"<@{FakeGatewayConnection.BotUserId}> {DiscordEvents.SeedQuote}",
            mentions = new[] { new { id = FakeGatewayConnection.BotUserId, username = "factcheck", bot = true } },
        };
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", mention, 5);

        var answered = (await h.Fake.ExpectDeliveredAsync(AutocheckEvents.Channel, 1))[0];
        Assert.Equal(AutocheckTexts.DiscordEnglish.Off, Content(off));
        Assert.Equal("g-mention", ReplyTo(answered));
        Assert.Single(h.Fake.Delivered(AutocheckEvents.Channel));
    }

    [Fact]
    public async Task A_message_replayed_after_a_resume_is_answered_once()
    {
        await using var h = await BotHarness.StartAsync(settings: InOrder);
        await SwitchAsync(h, "a-5", "on", 2);
        var misleading = AutocheckEvents.Message("g-replayed", AutocheckEvents.MisleadingClaim);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", misleading, 3);
        await h.Fake.ExpectDeliveredAsync(AutocheckEvents.Channel, 1);

        await h.Gateway.CloseAsync(4000, "Unknown error");
        var resumed = await h.Fake.ExpectConnectionAsync();
        await resumed.HelloAsync();
        await resumed.ExpectAsync(6);
        await resumed.DispatchAsync("RESUMED", new { }, 3);
        await resumed.DispatchAsync("MESSAGE_CREATE", misleading, 3);
        await resumed.DispatchAsync("MESSAGE_CREATE", AutocheckEvents.Message("g-new", AutocheckEvents.MisleadingClaim + " Share it!"), 4);

        var replies = await h.Fake.ExpectDeliveredAsync(AutocheckEvents.Channel, 2);
        Assert.Equal("/resume", resumed.Path);
        Assert.Equal(["g-replayed", "g-new"], replies.Select(ReplyTo));
    }

    [Fact]
    public async Task In_a_dm_the_switch_says_every_message_is_checked_there_anyway()
    {
        await using var h = await BotHarness.StartAsync(settings: InOrder);

        await h.Gateway.DispatchAsync("INTERACTION_CREATE", AutocheckEvents.Switch("a-6", "on", AutocheckEvents.ChannelManager, channelId: "dm-1", guildId: null, locale: "id"), 2);

        var refused = await h.Fake.ExpectRequestAsync("POST", "/interactions/a-6/itok-a-6/callback");
        Assert.Equal(AutocheckTexts.DiscordIndonesian.GroupsOnly, Content(refused));
        Assert.Equal(64, refused.Json.GetProperty("data").GetProperty("flags").GetInt32());
    }

    private static async Task<RecordedRequest> SwitchAsync(BotHarness h, string id, string mode, long sequence)
    {
        await h.Gateway.DispatchAsync("INTERACTION_CREATE", AutocheckEvents.Switch(id, mode, AutocheckEvents.ChannelManager), sequence);
        return await h.Fake.ExpectRequestAsync("POST", $"/interactions/{id}/itok-{id}/callback");
    }

    /// <summary>A DM sent after the server messages; once it is answered, the single worker has handled them all.</summary>
    private static async Task BarrierAsync(BotHarness h, string id, long sequence)
    {
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage(id, "hello there"), sequence);
        await h.Fake.ExpectAsync(r => r.Method == "POST" && r.Path == "/channels/dm-1/messages" && ReplyTo(r) == id);
    }

    private static string? Content(RecordedRequest callback) => callback.Json.GetProperty("data").GetProperty("content").GetString();

    private static string? ReplyTo(RecordedRequest reply) =>
        reply.Json.TryGetProperty("message_reference", out var reference) && reference.ValueKind == JsonValueKind.Object
            ? reference.GetProperty("message_id").GetString()
            : null;
}
