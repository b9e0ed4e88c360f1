using FactCheck.Discord.Tests.Fakes;

namespace FactCheck.Discord.Tests.Host;

public sealed class InteractionFlowTests
{
    [Fact]
    public async Task Context_menu_check_is_answered_in_the_callback_and_private_by_default()
    {
        await using var h = await BotHarness.StartAsync();

        await h.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Interaction("i-1", DiscordEvents.MessageCommand("t-1", DiscordEvents.SeedQuote)), 2);

        var callback = await h.Fake.ExpectRequestAsync("POST", "/interactions/i-1/itok-i-1/callback");
        var body = callback.Json;
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Empty(body.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Contains("Express UK", callback.Text, StringComparison.Ordinal);
        Assert.Null(callback.Authorization);
    }

    [Fact]
    public async Task A_server_that_chose_public_gets_public_context_menu_answers()
    {
        await using var h = await BotHarness.StartAsync();
        var setting = new { id = "cmd-vis", name = "factcheck-visibility", type = 1, options = new[] { new { name = "mode", type = 3, value = "public" } } };

        await h.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Interaction("i-2", setting), 2);
        var confirm = await h.Fake.ExpectRequestAsync("POST", "/interactions/i-2/itok-i-2/callback");
        await h.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Interaction("i-3", DiscordEvents.MessageCommand("t-2", DiscordEvents.SeedQuote)), 3);
        var answer = await h.Fake.ExpectRequestAsync("POST", "/interactions/i-3/itok-i-3/callback");

        Assert.Equal(64, confirm.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.False(answer.Json.GetProperty("data").TryGetProperty("flags", out _));
        Assert.Contains("Express UK", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_check_is_deferred_in_time_and_the_answer_edited_in_afterwards()
    {
        SlowCheckService? slow = null;
        await using var h = await BotHarness.StartAsync(
            wrapChecker: inner => slow = new SlowCheckService(inner),
            settings: new Dictionary<string, string?> { ["Discord:InteractionDeferAfter"] = "00:00:00.2" });

        await h.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Interaction("i-4", DiscordEvents.MessageCommand("t-3", DiscordEvents.SeedQuote)), 2);

        var deferred = await h.Fake.ExpectRequestAsync("POST", "/interactions/i-4/itok-i-4/callback");
        slow!.Open();
        var edit = await h.Fake.ExpectRequestAsync("PATCH", "/webhooks/777/itok-i-4/messages/@original");
        Assert.Equal(5, deferred.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, deferred.Json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.True(h.Fake.Requests.ToList().IndexOf(deferred) < h.Fake.Requests.ToList().IndexOf(edit));
        Assert.Contains("Express UK", edit.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_interaction_is_not_held_up_by_slow_message_checks()
    {
        SlowCheckService? slow = null;
        await using var h = await BotHarness.StartAsync(
            wrapChecker: inner => slow = new SlowCheckService(inner),
            settings: new Dictionary<string, string?> { ["Discord:InteractionDeferAfter"] = "00:00:00.2", ["Discord:MaxConcurrentHandlers"] = "1" });

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-slow-1", DiscordEvents.SeedQuote), 2);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-slow-2", DiscordEvents.SeedQuote), 3);
        await h.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Interaction("i-8", DiscordEvents.SlashCheck(DiscordEvents.SeedQuote)), 4);

        var callback = await h.Fake.ExpectRequestAsync("POST", "/interactions/i-8/");
        slow!.Open();
        var firstReply = await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages");
        var order = h.Fake.Requests.ToList();
        Assert.Equal(5, callback.Json.GetProperty("type").GetInt32());
        Assert.True(order.IndexOf(callback) < order.IndexOf(firstReply));
    }

    [Fact]
    public async Task Slash_check_answers_publicly_with_the_verdict()
    {
        await using var h = await BotHarness.StartAsync();

        await h.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Interaction("i-5", DiscordEvents.SlashCheck(DiscordEvents.SeedQuote), guildId: null), 2);

        var callback = await h.Fake.ExpectRequestAsync("POST", "/interactions/i-5/itok-i-5/callback");
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.False(callback.Json.GetProperty("data").TryGetProperty("flags", out _));
        var embeds = callback.Text;
        Assert.Contains("Unverified", embeds, StringComparison.Ordinal);
        Assert.Contains("Express UK", embeds, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_check_still_answers_the_interaction()
    {
        await using var h = await BotHarness.StartAsync(wrapChecker: _ => new FailingCheckService());

        await h.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Interaction("i-9", DiscordEvents.SlashCheck(DiscordEvents.SeedQuote)), 2);

        var callback = await h.Fake.ExpectRequestAsync("POST", "/interactions/i-9/");
        Assert.Equal(4, callback.Json.GetProperty("type").GetInt32());
        Assert.Contains("the check failed", callback.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replayed_interaction_is_answered_once()
    {
        await using var h = await BotHarness.StartAsync();
        var interaction = DiscordEvents.Interaction("i-6", DiscordEvents.SlashCheck(DiscordEvents.SeedQuote));

        await h.Gateway.DispatchAsync("INTERACTION_CREATE", interaction, 2);
        await h.Fake.ExpectRequestAsync("POST", "/interactions/i-6/");
        await h.Gateway.DispatchAsync("INTERACTION_CREATE", interaction, 3);
        await h.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Interaction("i-7", DiscordEvents.SlashCheck("hello")), 4);
        await h.Fake.ExpectRequestAsync("POST", "/interactions/i-7/");

        Assert.Single(h.Fake.Requests, r => r.Path.StartsWith("/interactions/i-6/", StringComparison.Ordinal));
    }
}
