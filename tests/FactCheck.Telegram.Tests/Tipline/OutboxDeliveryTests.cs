using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Tests.Shared;

namespace FactCheck.Telegram.Tests.Tipline;

/// <summary>Tip notifications through the outbox: answered by an import in another process, and neither lost nor
/// repeated across restarts while Telegram fails.</summary>
public sealed class OutboxDeliveryTests : IDisposable
{
    private readonly TempFolder directory = new("factcheck-outbox-");

    [Fact]
    public async Task An_import_in_another_process_answers_the_open_tip_and_its_asker_is_told_once_unless_they_opted_out()
    {
        const long asker = 880_101;
        const long optedOut = 880_102;
        const string claim = "The minister says all schools in Jakarta will close for three months starting next Monday because of a new virus";
        await using var api = new FakeBotApi();
        await using var bot = await ShippedBot.StartAsync(api, ShippedBot.DatabaseIn(directory));
        var created = await TipScenario.AskAsync(api, Tg.Private(asker, "/submit " + claim));
        Assert.Contains("tip #1", created.Text, StringComparison.Ordinal);
        var joined = await TipScenario.AskAsync(api, Tg.Private(optedOut, "/submit " + claim));
        Assert.Contains("asked about 2 times", joined.Text, StringComparison.Ordinal);
        await TipScenario.AskAsync(api, Tg.Private(optedOut, "/notify off"));
        var file = Path.Combine(directory.FullName, "schools.jsonld");
        await File.WriteAllTextAsync(file, $$"""
            { "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://cekfakta.example.id/sekolah-jakarta",
              "claimReviewed": "{{claim}}",
              "inLanguage": "en", "datePublished": "2026-11-20", "author": { "@type": "Organization", "name": "Cek Fakta Contoh" },
              "reviewRating": { "@type": "Rating", "alternateName": "Hoaks" } }
            """);

        var (code, output) = await ImportProcess.RunAsync(file, bot.ConnectionString);

        Assert.True(code == 0, output);
        Assert.Contains("1 open tip(s) answered", output, StringComparison.Ordinal);
        var told = await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == asker && c.Text.Contains(TipScenario.Heading, StringComparison.Ordinal), 60);
        Assert.Contains("“Hoaks”", told.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://cekfakta.example.id/sekolah-jakarta\"", told.Text, StringComparison.Ordinal);
        await TipScenario.SettleAsync(bot);
        Assert.Single(api.SentTo(asker, TipScenario.Heading));
        Assert.Empty(api.SentTo(optedOut, TipScenario.Heading));
    }

    [Fact]
    public async Task A_verdict_published_while_telegram_fails_is_delivered_once_after_a_restart_and_never_again()
    {
        const long asker = 880_201;
        await using var api = new FakeBotApi();
        var database = ShippedBot.DatabaseIn(directory);
        await using (var bot = await ShippedBot.StartAsync(api, database))
        {
            await TipScenario.AskAsync(api, Tg.Private(asker, "/submit " + TipScenario.Rumour));
            api.FailChat(asker, 500, "Internal Server Error");
            var published = await TipScenario.AskAsync(api, Tg.Private(ShippedBot.Reviewer, TipScenario.Publish));
            Assert.Contains("Published for tip #1", published.Text, StringComparison.Ordinal);
            // The sender tries four times, gives up for now, and the outbox keeps the notification for its next pass:
            // a fifth attempt shows it was not marked sent although nothing was delivered.
            await api.WaitForCountAsync(c => c.Method == "sendMessage" && c.ChatId == asker && c.Status == 500 && c.Text.Contains(TipScenario.Heading, StringComparison.Ordinal), 5);
        }

        Assert.Empty(api.SentTo(asker, TipScenario.Heading));
        api.HealChat(asker);
        await using (var bot = await ShippedBot.StartAsync(api, database))
        {
            await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == asker && c.Text.Contains(TipScenario.Heading, StringComparison.Ordinal), 60);
            await TipScenario.SettleAsync(bot);
        }

        Assert.Single(api.SentTo(asker, TipScenario.Heading));
        await using (var bot = await ShippedBot.StartAsync(api, database))
        {
            await TipScenario.SettleAsync(bot);
        }

        Assert.Single(api.SentTo(asker, TipScenario.Heading));
    }

    public void Dispose() => directory.Dispose();
}
