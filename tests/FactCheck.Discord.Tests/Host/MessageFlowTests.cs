using System.Text.Json;
using FactCheck.Discord.Tests.Fakes;

namespace FactCheck.Discord.Tests.Host;

public sealed class MessageFlowTests
{
    [Fact]
    public async Task Dm_with_the_seed_quote_is_answered_with_unverified_and_express_uk_as_a_reply_that_pings_nobody()
    {
        await using var h = await BotHarness.StartAsync();

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-1", DiscordEvents.SeedQuote), 2);

        var reply = await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages");
        var body = reply.Json;
        Assert.Equal("Bot " + BotHarness.Token, reply.Authorization);
        Assert.Equal("m-1", body.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Empty(body.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.False(body.GetProperty("allowed_mentions").GetProperty("replied_user").GetBoolean());
        var embeds = reply.Text;
        Assert.Equal("Sudah dicek faktanya: Belum terverifikasi", body.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Contains("(“Unverified”)", embeds, StringComparison.Ordinal);
        Assert.Contains("Express UK", embeds, StringComparison.Ordinal);
        Assert.Contains("Kim Jong Un", embeds, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dm_with_the_bare_quote_is_answered_with_the_seed_claim_its_rating_words_and_express_uk()
    {
        await using var h = await BotHarness.StartAsync();

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-1b", DiscordEvents.ShortSeedQuote), 2);

        // Whether five words make a verdict or a "possibly related" suggestion is the core's call; either way the
        // claim, the publisher's rating words and the Express UK citation reach the user.
        var embeds = (await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages")).Text;
        Assert.Contains("Kim Jong Un", embeds, StringComparison.Ordinal);
        Assert.Contains("“Unverified”", embeds, StringComparison.Ordinal);
        Assert.Contains("Express UK", embeds, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mention_in_a_reply_checks_the_replied_to_message_and_replies_to_it()
    {
        await using var h = await BotHarness.StartAsync();
        var message = new
        {
            id = "m-2",
            channel_id = "g-chan",
            guild_id = "55",
            author = DiscordEvents.User(),
            content = $"<@{FakeGatewayConnection.BotUserId}> is this true?",
            mentions = new[] { new { id = FakeGatewayConnection.BotUserId, username = "factcheck", bot = true } },
            message_reference = new { type = 0, message_id = "orig-1", channel_id = "g-chan", guild_id = "55" },
            referenced_message = new { id = "orig-1", channel_id = "g-chan", author = DiscordEvents.User("3003"), content = DiscordEvents.SeedQuote },
        };

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", message, 2);

        var reply = await h.Fake.ExpectRequestAsync("POST", "/channels/g-chan/messages");
        Assert.Equal("orig-1", reply.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Contains("Express UK", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forwarded_message_in_a_dm_is_checked_from_its_snapshot()
    {
        await using var h = await BotHarness.StartAsync();
        var forward = new
        {
            id = "m-3",
            channel_id = "dm-1",
            author = DiscordEvents.User(),
            content = "",
            message_reference = new { type = 1, message_id = "elsewhere", channel_id = "other" },
            message_snapshots = new[] { new { message = new { content = DiscordEvents.SeedQuote, embeds = Array.Empty<object>() } } },
        };

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", forward, 2);

        var reply = await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages");
        Assert.Contains("Express UK", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_messages_without_a_mention_bot_authors_and_replayed_events_get_no_answer()
    {
        await using var h = await BotHarness.StartAsync();
        var plain = new { id = "g-1", channel_id = "g-chan", guild_id = "55", author = DiscordEvents.User(), content = DiscordEvents.SeedQuote, mentions = Array.Empty<object>() };

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", plain, 2);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("b-1", DiscordEvents.SeedQuote, DiscordEvents.User("9", bot: true)), 3);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("self", DiscordEvents.SeedQuote, DiscordEvents.User(FakeGatewayConnection.BotUserId)), 4);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-4", DiscordEvents.SeedQuote), 5);
        await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages");
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-4", DiscordEvents.SeedQuote), 6);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-5", DiscordEvents.SeedQuote), 7);
        await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages", count: 2);

        var replies = h.Fake.Requests.Where(r => r.Method == "POST" && r.Path.StartsWith("/channels/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["m-4", "m-5"], replies.Select(r => r.Json.GetProperty("message_reference").GetProperty("message_id").GetString()));
    }

    [Theory]
    [InlineData("", "The message is empty")]
    [InlineData("🙂🙂🙂 !!!", "no text in this message to check")]
    public async Task Empty_attachment_only_and_emoji_only_dms_are_answered_plainly(string content, string expected)
    {
        await using var h = await BotHarness.StartAsync();
        var message = new
        {
            id = "m-6",
            channel_id = "dm-1",
            author = DiscordEvents.User(),
            content,
            attachments = new[] { new { id = "a1", filename = "photo.jpg" } },
        };

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", message, 2);

        var reply = await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages");
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_on_create_message_is_waited_out_and_the_reply_still_arrives()
    {
        await using var h = await BotHarness.StartAsync();
        h.Fake.Script("POST", "/channels/dm-1/messages", new FakeResponse(
            429,
            """{"message":"You are being rate limited.","retry_after":0.25,"global":false}""",
            new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "msg", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.25", ["X-RateLimit-Scope"] = "user" }));

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-7", DiscordEvents.SeedQuote), 2);

        var second = await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages", count: 2);
        Assert.Equal("m-7", second.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Contains(h.Logs.Lines, l => l.Contains("rate limit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Unknown_events_malformed_events_and_a_long_report_are_survived()
    {
        await using var h = await BotHarness.StartAsync();
        await h.Gateway.DispatchAsync("SOMETHING_NEW", new { whatever = true }, 2);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", new { no_id = 1 }, 3);
        await h.Gateway.DispatchAsync("INTERACTION_CREATE", new { id = "x" }, 4);
        var longText = string.Join(" ", Enumerable.Repeat(DiscordEvents.SeedQuote + ". Kim Jong Un told Putin you are too crazy for us.", 400));

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-8", longText), 5);

        var reply = await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages");
        var embeds = reply.Json.GetProperty("embeds");
        Assert.InRange(CountedLength(embeds), 1, 6000);
        Assert.Equal(1, h.Fake.ConnectionCount);
    }

    private static int CountedLength(JsonElement embeds) => embeds.EnumerateArray().Sum(e =>
        Len(e, "title") + Len(e, "description")
        + (e.TryGetProperty("footer", out var f) ? Len(f, "text") : 0)
        + (e.TryGetProperty("fields", out var fields) ? fields.EnumerateArray().Sum(x => Len(x, "name") + Len(x, "value")) : 0));

    private static int Len(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString()!.Length : 0;
}
