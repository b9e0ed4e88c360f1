using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Tests.Shared;

namespace FactCheck.Bot.Tests.Web;

/// <summary>The acceptance in a real browser: sign in through a /desk link from the fake Telegram, see two
/// near-identical submissions as one tip asked twice, publish a verdict in the form, both askers told once each, and
/// the published claim answering the tip's text in "try a message". Each test saves a screenshot when it fails;
/// with FACTCHECK_DESK_SCREENSHOTS set, the queue, tip and stats pictures of docs/desk/ are written again.</summary>
[Collection(DeskTestGroup.Name)]
public sealed class DeskBrowserTests
{
    private const string Rumour = "Vaksin covid mengandung chip magnetik 5G yang bisa melacak warga dari satelit";
    private const string Again = "AWAS!! vaksin covid mengandung chip magnetik 5G yang bisa melacak warga dari satelit";

    [SkippableFact]
    public async Task A_reviewer_signs_in_publishes_a_verdict_and_both_askers_are_told_once()
    {
        var missing = Browser.Missing();
        Skip.If(missing is not null, "Browser tests skipped: " + missing);
        await using var desk = await DeskHost.StartAsync();
        using var browser = Browser.Start();
        await WithScreenshotOnFailureAsync(browser, nameof(A_reviewer_signs_in_publishes_a_verdict_and_both_askers_are_told_once), async () =>
        {
            await desk.SayAsync(DeskHost.AskerA, Rumour);
            await desk.SayAsync(DeskHost.AskerA, "/submit " + Rumour);
            await desk.SayAsync(DeskHost.AskerB, "/submit " + Again);

            browser.Go(await desk.DeskLinkAsync());
            browser.Find("#signin").Click();
            var rows = browser.Chrome.FindElements(OpenQA.Selenium.By.CssSelector("#queue tr.tip"));
            Assert.Single(rows);
            Assert.Equal("2", browser.Find("#queue tr.tip .asks").Text);
            Pictures(browser, "queue.png");

            browser.Find("#queue tr.tip a").Click();
            Assert.Equal("2", browser.Find("#askcount").Text);
            Assert.Contains("chip magnetik", browser.Find("#tiptext").Text, StringComparison.Ordinal);
            Pictures(browser, "tip.png");

            var passes = desk.Get<TipOutboxProgress>().Count("telegram");
            browser.Find("#verdict option[value=False]").Click();
            browser.Find("#rating").SendKeys("Salah");
            browser.Find("#url").SendKeys("https://cekfakta.example.id/vaksin-chip");
            browser.Find("#publisher").SendKeys("Cek Fakta Contoh");
            browser.Find("#summary").SendKeys("Vaksin tidak berisi chip.");
            browser.Find("#publish-submit").Click();
            Assert.Contains("Salah", browser.Find(".done").Text, StringComparison.Ordinal);
            Assert.Equal("Published", browser.Find("#status").Text);

            await desk.Api.WaitForCountAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == DeskHost.AskerA && c.Text.Contains("#1", StringComparison.Ordinal) && c.Text.Contains("Salah", StringComparison.Ordinal), 1);
            await desk.Api.WaitForCountAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == DeskHost.AskerB && c.Text.Contains("#1", StringComparison.Ordinal) && c.Text.Contains("Salah", StringComparison.Ordinal), 1);

            // A later pass of the outbox sends nothing more: each asker was told once.
            await desk.Get<TipOutboxProgress>().WaitForAsync("telegram", passes + 3, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Single(desk.Api.SentTo(DeskHost.AskerA, "Salah"));
            Assert.Single(desk.Api.SentTo(DeskHost.AskerB, "Salah"));

            browser.Go(desk.BaseUrl + "/desk/try");
            browser.Find("#message").SendKeys(Rumour);
            browser.Find("#try").Click();
            var reply = browser.Find("#reply").Text;
            Assert.Contains("Salah", reply, StringComparison.Ordinal);
            Assert.Contains("cekfakta.example.id/vaksin-chip", reply, StringComparison.Ordinal);
            Assert.Contains("/desk/claims/tip%3A1", browser.Find("#evidence").GetAttribute("innerHTML"), StringComparison.Ordinal);

            // The asker checks the rumour again: now a verdict, and the statistics show both checks.
            Assert.Contains("Salah", (await desk.SayAsync(DeskHost.AskerB, Rumour)).Text, StringComparison.Ordinal);
            browser.Go(desk.BaseUrl + "/desk/stats");
            Assert.Equal("2", browser.Find("#checks").Text);
            Assert.NotNull(browser.Find("svg#perday"));
            Pictures(browser, "stats.png");
            Assert.Equal(TipStatus.Published, (await desk.Get<ITipStore>().GetAsync(1, CancellationToken.None))!.Status);
        });
    }

    [SkippableFact]
    public async Task A_strangers_reused_or_expired_link_and_a_forged_form_are_refused_in_the_browser()
    {
        var missing = Browser.Missing();
        Skip.If(missing is not null, "Browser tests skipped: " + missing);
        await using var desk = await DeskHost.StartAsync();
        using var browser = Browser.Start();
        await WithScreenshotOnFailureAsync(browser, nameof(A_strangers_reused_or_expired_link_and_a_forged_form_are_refused_in_the_browser), async () =>
        {
            var stranger = await desk.SayAsync(DeskHost.Stranger, "/desk");
            Assert.Null(DeskHost.LinkIn(stranger.Text));
            browser.Go(desk.BaseUrl + "/desk/login?token=" + new string('x', 43));
            browser.Find("#signin").Click();
            Assert.Contains("does not work", browser.Find(".problem").Text, StringComparison.Ordinal);

            var link = await desk.DeskLinkAsync();
            browser.Go(link);
            browser.Find("#signin").Click();
            Assert.NotNull(browser.Find("#logout"));
            browser.Find("#logout").Click();
            Assert.NotNull(browser.Find("#login"));
            browser.Go(link);
            browser.Find("#signin").Click();
            Assert.Contains("does not work", browser.Find(".problem").Text, StringComparison.Ordinal);

            var late = await desk.DeskLinkAsync();
            desk.LinkClock.Advance(TimeSpan.FromMinutes(11));
            browser.Go(late);
            browser.Find("#signin").Click();
            Assert.Contains("does not work", browser.Find(".problem").Text, StringComparison.Ordinal);

            // A page of another origin posting to the desk. 127.0.0.1 on another port is the same *site*, so the strict
            // cookies do go along: the antiforgery token is what refuses it.
            await desk.Get<TipService>().SubmitAsync(new TipSubmission("Air kelapa menyembuhkan kanker dalam seminggu", new Asker("telegram", "5001", "5001", "id")), CancellationToken.None);
            browser.Go(await desk.DeskLinkAsync());
            browser.Find("#signin").Click();
            Assert.NotNull(browser.Find("#logout"));
            using var attacker = new FakeSite($"<form method=\"post\" action=\"{desk.BaseUrl}/desk/tips/1/dismiss\"><button id=\"go\">go</button></form>");
            browser.Go(attacker.Url);
            browser.Find("#go").Click();
            Assert.Contains(browser.Find("h1").Text, new[] { "Form refused", "Formulir ditolak" });
            Assert.Equal(TipStatus.Open, (await desk.Get<ITipStore>().GetAsync(1, CancellationToken.None))!.Status);
        });
    }

    private static async Task WithScreenshotOnFailureAsync(Browser browser, string name, Func<Task> test)
    {
        try
        {
            await test();
        }
        catch
        {
            var path = Path.Combine(Path.GetTempPath(), "factcheck-desk-failures", name + ".png");
            browser.Screenshot(path);
            Console.Error.WriteLine("Screenshot of the failing page: " + path);
            throw;
        }
    }

    // The README's pictures, written again only when asked (FACTCHECK_DESK_SCREENSHOTS=1).
    private static void Pictures(Browser browser, string name)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("FACTCHECK_DESK_SCREENSHOTS")))
        {
            browser.Screenshot(Path.Combine(RepoPaths.Root, "docs", "desk", name));
        }
    }
}
