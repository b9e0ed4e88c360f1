using System.Text.Json;
using FactCheck.Core.Tips;
using FactCheck.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Discord.Tests.Host;

public sealed class TiplineExtrasTests
{
    private const string ReviewersChannel = "777000";

    [Fact]
    public async Task A_new_tip_is_announced_in_the_reviewers_channel_whose_members_may_then_list_the_queue()
    {
        var settings = TiplineSession.Settings;
        settings["Reviewers:DiscordChannels:0"] = ReviewersChannel;
        await using var h = await BotHarness.StartAsync(settings: settings);
        var s = new TiplineSession(h);

        await s.CommandAsync("1001", "submit", ("text", TipEvents.Rumour));
        var notice = (await h.Fake.ExpectDeliveredAsync(ReviewersChannel, 1))[0].Json;
        var queue = await s.CommandInAsync(ReviewersChannel, "5005", "queue");
        var elsewhere = await s.CommandAsync("5005", "queue");

        Assert.StartsWith("New tip \\#1 (discord): Pemerintah akan membagikan bansos", notice.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(notice.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Contains("\\#1 · 1×", queue, StringComparison.Ordinal);
        Assert.Equal("Sorry, only this bot's reviewers can do that.", elsewhere);
    }

    [Fact]
    public async Task With_Reviewers_Language_id_new_and_joined_tips_are_announced_in_Indonesian_while_the_askers_keep_theirs()
    {
        var settings = TiplineSession.Settings;
        settings["Reviewers:DiscordChannels:0"] = ReviewersChannel;
        settings["Reviewers:Language"] = "id";
        await using var h = await BotHarness.StartAsync(settings: settings);
        var s = new TiplineSession(h);

        var created = await s.CommandAsync("1001", "submit", ("text", TipEvents.Rumour));
        await h.Fake.ExpectDeliveredAsync(ReviewersChannel, 1);
        await s.CommandAsync("1002", "submit", ("text", TipEvents.Rumour));
        var notices = await h.Fake.ExpectDeliveredAsync(ReviewersChannel, 2);

        Assert.StartsWith("Laporan baru \\#1 (discord): Pemerintah akan membagikan bansos", notices[0].Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("Laporan \\#1 ditanyakan lagi; kini 2 penanya.", notices[1].Json.GetProperty("content").GetString());
        Assert.StartsWith("Thank you: your message is now tip \\#1", created, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slash_check_without_a_verdict_offers_the_button_which_submits_the_checked_text()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);

        await s.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Interaction("i-check", DiscordEvents.SlashCheck(TipEvents.Rumour)));
        var answer = await h.Fake.ExpectRequestAsync("POST", "/interactions/i-check/itok-i-check/callback");
        var button = answer.Json.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;
        var (told, _) = await s.PressAsync("1001", button);

        Assert.StartsWith("Thank you: your message is now tip \\#1", told, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_with_a_verdict_has_no_button_and_the_check_counts_in_the_reviewers_stats()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);

        var answer = await s.DmAsync("1001", DiscordEvents.SeedQuote);
        var stats = await s.CommandAsync(TipEvents.Reviewer, "stats", ("days", 7));

        Assert.Null(TiplineSession.ButtonOf(answer));
        Assert.StartsWith("Last 7 days: 1 checks of 1 distinct messages; 100% got a verdict", stats, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_typed_in_reply_to_the_bots_answer_submits_the_message_that_answer_was_about()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        var dm = FakeDiscord.DmChannelOf("1001");
        h.Fake.Script("GET", $"/channels/{dm}/messages/m-orig", new FakeResponse(200, JsonSerializer.Serialize(TipEvents.Dm("m-orig", "1001", TipEvents.Rumour))));
        var before = h.Fake.Delivered(dm).Count;
        var reply = new
        {
            id = "m-submit",
            channel_id = dm,
            author = DiscordEvents.User("1001"),
            content = "/submit",
            mentions = Array.Empty<object>(),
            message_reference = new { type = 0, message_id = "9000", channel_id = dm },
            referenced_message = new
            {
                id = "9000",
                channel_id = dm,
                author = new { id = FakeGatewayConnection.BotUserId, username = "factcheck", bot = true },
                content = string.Empty,
                message_reference = new { message_id = "m-orig", channel_id = dm },
            },
        };

        await s.DispatchAsync("MESSAGE_CREATE", reply);

        var answer = (await h.Fake.ExpectDeliveredAsync(dm, before + 1))[before].Json.GetProperty("content").GetString();
        Assert.StartsWith("Terima kasih: pesan Anda kini menjadi laporan \\#1", answer, StringComparison.Ordinal);
        var tip = Assert.Single(await h.Host.Services.GetRequiredService<ITipStore>().ListOpenAsync(10, CancellationToken.None));
        Assert.Equal(TipEvents.Rumour, tip.Text);
    }
}
