using System.Net;
using FactCheck.Core.Storage;
using FactCheck.Storage.Relational;
using FactCheck.Storage.Sqlite;
using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Tests.Shared;

namespace FactCheck.Telegram.Tests;

/// <summary>Webhook mode on a store with update claims (several instances behind a load balancer): an update is
/// handled once whoever gets it, one another instance holds is left to it, and one a killed instance held is handled
/// once that claim ran out.</summary>
public sealed class WebhookClaimTests
{
    private const string Secret = "s3cret_Value-42";

    [Fact]
    public async Task A_duplicate_is_answered_ok_and_handled_once_and_an_update_held_elsewhere_gets_503_until_its_claim_runs_out()
    {
        using var folder = new TempFolder("factcheck-webhook-claims-");
        var databasePath = folder.PathOf("bot.db");
        await using var api = new FakeBotApi();
        var listen = FakeBotApi.FreeWebhookUrl();
        var builder = TelegramTestHost.Builder(api, null, new FakeCheckService(), new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "Data Source=" + databasePath,
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookListen"] = listen,
        });
        await using var host = await TelegramTestHost.StartAsync(builder);
        await api.WaitForAsync(c => c.Method == "setWebhook");

        // Another instance on the same store: it holds update 20 now, and held update 21 until it was killed.
        var other = new SqlEventClaims(new SqliteDatabase("Data Source=" + databasePath), TimeProvider.System);
        Assert.Equal(EventClaim.Claimed, await other.TryClaimAsync("telegram", "update:20", TimeSpan.FromHours(1), CancellationToken.None));
        Assert.Equal(EventClaim.Claimed, await other.TryClaimAsync("telegram", "update:21", TimeSpan.Zero, CancellationToken.None));

        var twice = Tg.Private(701, "too crazy for us");
        var heldElsewhere = Tg.Private(702, "too crazy for us");
        var abandoned = Tg.Private(703, "too crazy for us");
        using var http = new HttpClient();
        var first = await FakeBotApi.PostUpdateAsync(http, listen, twice, 19, Secret);
        var again = await FakeBotApi.PostUpdateAsync(http, listen, twice, 19, Secret);
        var elsewhere = await FakeBotApi.PostUpdateAsync(http, listen, heldElsewhere, 20, Secret);
        var taken = await FakeBotApi.PostUpdateAsync(http, listen, abandoned, 21, Secret);

        // Answered only once handled: the replies are already sent when the calls return.
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK), (first, again, elsewhere, taken));
        Assert.Single(api.Sent, c => c.ChatId == 701);
        Assert.Single(api.Sent, c => c.ChatId == 703);
        Assert.DoesNotContain(api.Sent, c => c.ChatId == 702);
        Assert.Equal(EventClaim.Done, await other.TryClaimAsync("telegram", "update:21", TimeSpan.Zero, CancellationToken.None));
    }


}
