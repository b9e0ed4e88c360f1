using FactCheck.Core.Storage;
using FactCheck.Core.Conversation;
using FactCheck.Core.Tips;
using FactCheck.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Discord.Tests.Host;

/// <summary>The Discord defects of issue #11: what the conversation layer now does the same here as elsewhere.</summary>
public sealed class ConversationDefectTests
{
    [Fact]
    public async Task A_failing_check_of_a_message_gets_an_apology_not_silence()
    {
        await using var h = await BotHarness.StartAsync(wrapChecker: _ => new FailingCheckService());

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-fail", DiscordEvents.SeedQuote), 2);

        var reply = await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages");
        Assert.Equal(ConversationTexts.English.CheckFailed, reply.Json.GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_failing_check_of_an_indonesian_interaction_apologises_in_indonesian()
    {
        await using var h = await BotHarness.StartAsync(wrapChecker: _ => new FailingCheckService());

        await h.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Interaction("i-id", DiscordEvents.SlashCheck(DiscordEvents.SeedQuote), locale: "id"), 2);

        var callback = await h.Fake.ExpectRequestAsync("POST", "/interactions/i-id/");
        Assert.Equal(ConversationTexts.Indonesian.CheckFailed, callback.Json.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task The_per_user_check_limit_holds_on_discord_too()
    {
        await using var h = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Conversation:ChecksPerUserPerMinute"] = "1" });

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-1", "hello there"), 2);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-2", "hello again"), 3);

        await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages", count: 2);
        // The two may be handled in either order: one is checked, the other told to wait.
        var contents = h.Fake.Requests.Where(r => r.Path == "/channels/dm-1/messages")
            .Select(r => r.Json.TryGetProperty("content", out var c) ? c.GetString() : null);
        Assert.Single(contents, c => c == ConversationTexts.English.RateLimited);
    }

    [Fact]
    public async Task A_bar_in_a_slash_publish_option_is_kept_as_the_reviewer_typed_it()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        await s.CommandAsync("1001", "submit", ("text", TipEvents.Rumour));

        await s.CommandAsync(TipEvents.Reviewer, "publish", ("tip", 1), ("rating", "Salah | keliru"), ("url", "https://cekfakta.example.id/bar"), ("publisher", "Cek | Fakta"));

        var claim = await h.Host.Services.GetRequiredService<IClaimStore>().GetAsync(TipService.ClaimIdFor(1), CancellationToken.None);
        var review = Assert.Single(claim!.Reviews);
        Assert.Equal("Salah | keliru", review.RatingText);
        Assert.Equal("Cek | Fakta", review.Publisher.Name);
    }

    [Fact]
    public async Task An_unknown_command_typed_in_a_dm_is_answered_not_checked()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);

        var answer = await s.DmAsync("1001", "/foo bar");

        Assert.StartsWith("I do not know /foo.", answer.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Null(TiplineSession.ButtonOf(answer));
    }

    [Fact]
    public async Task An_emoji_only_dm_in_an_indonesian_conversation_is_answered_in_indonesian()
    {
        await using var h = await BotHarness.StartAsync();

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-id", DiscordEvents.SeedQuote), 2);
        await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages");
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.DirectMessage("m-emoji", "🙂🙂🙂 !!!"), 3);

        var reply = await h.Fake.ExpectRequestAsync("POST", "/channels/dm-1/messages", count: 2);
        Assert.Contains(Core.Replies.UiText.Indonesian.NothingToCheck, reply.Text, StringComparison.Ordinal);
    }
}
