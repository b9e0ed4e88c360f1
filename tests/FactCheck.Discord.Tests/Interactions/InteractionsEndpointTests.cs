using System.Net;
using FactCheck.Discord.Tests.Fakes;
using FactCheck.Discord.Tests.Host;

namespace FactCheck.Discord.Tests.Interactions;

public sealed class InteractionsEndpointTests
{
    [Fact]
    public async Task A_signed_ping_is_answered_with_pong()
    {
        using var discord = new DiscordSigner();
        var (h, endpoint) = await EndpointHarness.StartAsync(discord);
        await using var owned = h;

        using var response = await discord.PostAsync(endpoint, new { id = "p-1", application_id = BotHarness.ApplicationId, type = 1, token = "ptok", version = 1 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await EndpointHarness.JsonOfAsync(response)).GetProperty("type").GetInt32());
        Assert.DoesNotContain(h.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signed_slash_check_is_answered_in_the_http_response_with_the_seed_verdict()
    {
        using var discord = new DiscordSigner();
        var (h, endpoint) = await EndpointHarness.StartAsync(discord);
        await using var owned = h;

        using var response = await discord.PostAsync(endpoint, DiscordEvents.Interaction("h-1", DiscordEvents.SlashCheck(DiscordEvents.SeedQuote), guildId: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await EndpointHarness.JsonOfAsync(response);
        Assert.Equal(4, answer.GetProperty("type").GetInt32());
        Assert.False(answer.GetProperty("data").TryGetProperty("flags", out _));
        Assert.Empty(answer.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        var text = answer.GetRawText();
        Assert.Contains("Unverified", text, StringComparison.Ordinal);
        Assert.Contains("Express UK", text, StringComparison.Ordinal);
        // The answer went back in the HTTP response, not a second time to the callback endpoint.
        Assert.DoesNotContain(h.Fake.Requests, r => r.Path.StartsWith("/interactions/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_slow_check_is_deferred_in_the_http_response_and_the_verdict_edited_in_over_rest()
    {
        using var discord = new DiscordSigner();
        SlowCheckService? slow = null;
        var (h, endpoint) = await EndpointHarness.StartAsync(
            discord,
            wrapChecker: inner => slow = new SlowCheckService(inner),
            settings: new Dictionary<string, string?> { ["Discord:InteractionDeferAfter"] = "00:00:00.2" });
        await using var owned = h;

        using var response = await discord.PostAsync(endpoint, DiscordEvents.Interaction("h-2", DiscordEvents.MessageCommand("t-9", DiscordEvents.SeedQuote)));
        var deferred = await EndpointHarness.JsonOfAsync(response);
        slow!.Open();
        var edit = await h.Fake.ExpectRequestAsync("PATCH", $"/webhooks/{BotHarness.ApplicationId}/itok-h-2/messages/@original");

        Assert.Equal(5, deferred.GetProperty("type").GetInt32());
        Assert.Equal(64, deferred.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("Express UK", edit.Text, StringComparison.Ordinal);
        Assert.Null(edit.Authorization);
    }

    [Fact]
    public async Task The_send_to_reviewers_button_works_over_http()
    {
        using var discord = new DiscordSigner();
        var (h, endpoint) = await EndpointHarness.StartAsync(discord, settings: TiplineSession.Settings);
        await using var owned = h;
        var s = new TiplineSession(h);
        var button = TiplineSession.ButtonOf(await s.DmAsync("1001", TipEvents.Rumour))!;

        using var response = await discord.PostAsync(endpoint, TipEvents.Press("h-3", "1001", button));
        var update = await EndpointHarness.JsonOfAsync(response);
        var told = await h.Fake.ExpectRequestAsync("POST", $"/webhooks/{BotHarness.ApplicationId}/itok-h-3");

        // The button goes away in the HTTP answer (type 7, no components); the presser is told privately by follow-up.
        Assert.Equal(7, update.GetProperty("type").GetInt32());
        Assert.Equal(0, update.GetProperty("data").GetProperty("components").GetArrayLength());
        Assert.Equal(64, told.Json.GetProperty("flags").GetInt32());
        Assert.Contains("\\#1", told.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replayed_signed_interaction_is_answered_once()
    {
        using var discord = new DiscordSigner();
        var (h, endpoint) = await EndpointHarness.StartAsync(discord);
        await using var owned = h;
        var body = DiscordSigner.Json(DiscordEvents.Interaction("h-4", DiscordEvents.SlashCheck(DiscordEvents.SeedQuote)));
        var timestamp = DiscordSigner.Now;
        var signature = discord.Sign(timestamp, body);

        using var first = await discord.PostRawAsync(endpoint, body, signature, timestamp);
        using var replay = await discord.PostRawAsync(endpoint, body, signature, timestamp);

        Assert.Contains("Express UK", (await EndpointHarness.JsonOfAsync(first)).GetRawText(), StringComparison.Ordinal);
        var second = await EndpointHarness.JsonOfAsync(replay);
        Assert.Equal(64, second.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.DoesNotContain("Express UK", second.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_endpoint_on_an_interaction_over_the_gateway_is_left_alone_while_dms_are_answered()
    {
        using var discord = new DiscordSigner();
        var (h, _) = await EndpointHarness.StartAsync(discord);
        await using var owned = h;

        await h.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Interaction("g-1", DiscordEvents.SlashCheck(DiscordEvents.SeedQuote)), 2);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-1", DiscordEvents.SeedQuote), 3);

        // Dispatches are routed in order, so once the DM is answered the interaction before it has been routed.
        var reply = await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages");
        Assert.Contains("Express UK", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Fake.Requests, r => r.Path.StartsWith("/interactions/g-1/", StringComparison.Ordinal));
        Assert.Single(h.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Interactions Endpoint URL", StringComparison.Ordinal));
    }
}
