using FactCheck.Discord.Tests.Fakes;

namespace FactCheck.Discord.Tests.Host;

/// <summary>A user's DM is opened for their first notification only; a DM channel Discord no longer knows is reopened.</summary>
public sealed class DmChannelReuseTests
{
    private const string Asker = "1001";
    private const string OpenDm = "/users/@me/channels";

    [Fact]
    public async Task Two_notifications_to_the_same_user_open_their_dm_once()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        var dm = FakeDiscord.DmChannelOf(Asker);
        await s.CommandAsync(Asker, "submit", ("text", TipEvents.Rumour));

        await PublishAsync(s, "v1");
        await h.Fake.ExpectDeliveredAsync(dm, 1);
        await PublishAsync(s, "v2");
        var delivered = await h.Fake.ExpectDeliveredAsync(dm, 2);

        Assert.StartsWith("Updated:", delivered[1].Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Single(h.Fake.Requests, r => r.Method == "POST" && r.Path == OpenDm);
    }

    [Fact]
    public async Task A_kept_dm_channel_discord_no_longer_knows_is_reopened_once_and_the_notification_arrives_once()
    {
        await using var h = await BotHarness.StartAsync(settings: TiplineSession.Settings);
        var s = new TiplineSession(h);
        var dm = FakeDiscord.DmChannelOf(Asker);
        const string NewDm = "dm2-" + Asker;
        await s.CommandAsync(Asker, "submit", ("text", TipEvents.Rumour));
        await PublishAsync(s, "v1");
        await h.Fake.ExpectDeliveredAsync(dm, 1);

        // The kept channel is gone; opening the DM again gives another one.
        h.Fake.Script("POST", $"/channels/{dm}/messages", new FakeResponse(404, """{"message":"Unknown Channel","code":10003}"""));
        h.Fake.Script("POST", OpenDm, new FakeResponse(200, $$"""{"id":"{{NewDm}}","type":1}"""));
        await PublishAsync(s, "v2");
        var updated = Assert.Single(await h.Fake.ExpectDeliveredAsync(NewDm, 1));
        await PublishAsync(s, "v3");
        await h.Fake.ExpectDeliveredAsync(NewDm, 2);
        await FactCheck.Tests.Shared.Outbox.OutboxBarrier.PassAsync(h.Host.Services, "discord"); // Every pending row was tried again.

        Assert.Contains("https://cekfakta.example.id/v2", updated.Text, StringComparison.Ordinal);
        Assert.Single(h.Fake.Delivered(dm));
        Assert.Equal(2, h.Fake.Delivered(NewDm).Count);
        Assert.Single(h.Fake.Delivered(NewDm), r => r.Text.Contains("https://cekfakta.example.id/v2", StringComparison.Ordinal));
        Assert.Single(h.Fake.Requests, r => r.Method == "POST" && r.Path == $"/channels/{dm}/messages" && r.Status == 404);
        Assert.Equal(2, h.Fake.Requests.Count(r => r.Method == "POST" && r.Path == OpenDm));
    }

    private static Task<string> PublishAsync(TiplineSession s, string version) =>
        s.CommandAsync(
            TipEvents.Reviewer, "publish", ("tip", 1), ("rating", "False"), ("url", "https://cekfakta.example.id/" + version), ("publisher", "Cek Fakta Contoh"));
}
