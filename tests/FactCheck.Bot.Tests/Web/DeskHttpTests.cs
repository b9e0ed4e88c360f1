using System.Net;
using FactCheck.Core.Tips;
using Microsoft.Extensions.Configuration;

namespace FactCheck.Bot.Tests.Web;

/// <summary>The desk over HTTP as a browser without script sees it: sign-in refusals, forged forms, hostile tips, and
/// the operations endpoints.</summary>
[Collection(DeskTestGroup.Name)]
public sealed class DeskHttpTests
{
    [Fact]
    public async Task Anyone_without_a_session_sees_only_the_login_page()
    {
        await using var desk = await DeskHost.StartAsync();
        await desk.Get<TipService>().SubmitAsync(new TipSubmission("Rahasia laporan pengguna tentang vaksin", new Asker("telegram", "5001", "5001", "id")), CancellationToken.None);
        using var client = desk.Client();
        foreach (var path in new[] { "/desk/queue", "/desk/tips/1", "/desk/stats", "/desk/try" })
        {
            var html = await client.GetStringAsync(path);
            Assert.Contains("id=\"login\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Rahasia", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_strangers_desk_command_gets_the_refusal_and_no_link()
    {
        await using var desk = await DeskHost.StartAsync();
        var reply = await desk.SayAsync(DeskHost.Stranger, "/desk");
        Assert.Null(DeskHost.LinkIn(reply.Text));
        Assert.Contains("hanya peninjau", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Desk_in_a_group_gives_no_link_and_points_the_reviewer_to_the_private_chat()
    {
        await using var desk = await DeskHost.StartAsync();
        var message = FactCheck.Telegram.Tests.Fakes.Tg.Message(FactCheck.Telegram.Tests.Fakes.Tg.Group(), FactCheck.Telegram.Tests.Fakes.Tg.User(DeskHost.Reviewer), "/desk");
        desk.Api.EnqueueMessage(message);
        var reply = await desk.Api.WaitForReplyAsync(FactCheck.Telegram.Tests.Fakes.Tg.IdOf(message), seconds: 60);
        Assert.Null(DeskHost.LinkIn(reply.Text));
        Assert.Contains("private chat", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_works_once_and_a_made_up_or_expired_one_not_at_all()
    {
        await using var desk = await DeskHost.StartAsync();
        var link = await desk.DeskLinkAsync();
        using (var first = desk.Client())
        {
            Assert.Equal(HttpStatusCode.Redirect, (await DeskForms.SignInAsync(first, link)).StatusCode);
        }

        using var again = desk.Client();
        var reused = await DeskForms.SignInAsync(again, link);
        Assert.Equal(HttpStatusCode.Forbidden, reused.StatusCode);
        Assert.Contains("does not work", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var madeUp = link[..^43] + new string('A', 43);
        Assert.Equal(HttpStatusCode.Forbidden, (await DeskForms.SignInAsync(desk.Client(), madeUp)).StatusCode);

        var late = await desk.DeskLinkAsync();
        desk.LinkClock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.Forbidden, (await DeskForms.SignInAsync(desk.Client(), late)).StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_the_pages_token_is_refused_and_changes_nothing()
    {
        await using var desk = await DeskHost.StartAsync();
        var tips = desk.Get<TipService>();
        await tips.SubmitAsync(new TipSubmission("Air kelapa menyembuhkan semua penyakit kanker dalam seminggu", new Asker("telegram", "5001", "5001", "id")), CancellationToken.None);
        using var client = await DeskForms.SignedInAsync(desk);
        var forged = await client.PostAsync("/desk/tips/1/dismiss", new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = "forged" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(TipStatus.Open, (await desk.Get<ITipStore>().GetAsync(1, CancellationToken.None))!.Status);

        var real = await DeskForms.PostAsync(client, "/desk/tips/1", "/desk/tips/1/dismiss", []);
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.Equal(TipStatus.Dismissed, (await desk.Get<ITipStore>().GetAsync(1, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Logout_and_removal_from_the_reviewer_list_end_the_session()
    {
        await using var desk = await DeskHost.StartAsync();
        var cookies = new CookieContainer();
        using var client = await DeskForms.SignedInAsync(desk, cookies);
        Assert.DoesNotContain("id=\"login\"", await client.GetStringAsync("/desk/queue"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await DeskForms.PostAsync(client, "/desk/queue", "/desk/logout", [])).StatusCode);
        Assert.Contains("id=\"login\"", await client.GetStringAsync("/desk/queue"), StringComparison.Ordinal);

        using var second = await DeskForms.SignedInAsync(desk);
        Assert.DoesNotContain("id=\"login\"", await second.GetStringAsync("/desk/queue"), StringComparison.Ordinal);
        var configuration = (IConfigurationRoot)desk.Get<IConfiguration>();
        configuration["Reviewers:Telegram:0"] = "1";
        configuration.Reload();
        Assert.Contains("id=\"login\"", await second.GetStringAsync("/desk/queue"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Correcting_and_retracting_a_published_tip_on_its_claim_page_tells_the_asker_it_was_updated()
    {
        await using var desk = await DeskHost.StartAsync();
        await desk.SayAsync(DeskHost.AskerA, "/submit Air kelapa menyembuhkan semua penyakit kanker dalam seminggu");
        using var client = await DeskForms.SignedInAsync(desk);
        var published = await DeskForms.PostAsync(client, "/desk/tips/1", "/desk/tips/1/publish", new()
        {
            ["verdict"] = "False", ["rating"] = "Salah", ["url"] = "https://cekfakta.example.id/air-kelapa", ["publisher"] = "Cek Fakta Contoh",
        });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        await desk.Api.WaitForCountAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == DeskHost.AskerA && c.Text.Contains("Salah", StringComparison.Ordinal), 1);

        var refused = await DeskForms.PostAsync(client, "/desk/claims/tip:1", "/desk/claim-actions/correct", new()
        {
            ["claim"] = "tip:1", ["verdict"] = "Misleading", ["rating"] = "Menyesatkan", ["url"] = "javascript:alert(1)", ["publisher"] = "Cek Fakta Contoh",
        });
        Assert.Contains("problem=", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var corrected = await DeskForms.PostAsync(client, "/desk/claims/tip:1", "/desk/claim-actions/correct", new()
        {
            ["claim"] = "tip:1", ["verdict"] = "Misleading", ["rating"] = "Menyesatkan", ["url"] = "https://cekfakta.example.id/air-kelapa", ["publisher"] = "Cek Fakta Contoh",
        });
        Assert.Contains("done=", corrected.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await desk.Api.WaitForCountAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == DeskHost.AskerA && c.Text.Contains("Diperbarui", StringComparison.Ordinal) && c.Text.Contains("Menyesatkan", StringComparison.Ordinal), 1);

        await DeskForms.PostAsync(client, "/desk/claims/tip:1", "/desk/claim-actions/retract", new() { ["claim"] = "tip:1" });
        await desk.Api.WaitForCountAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == DeskHost.AskerA && c.Text.Contains("Diperbarui", StringComparison.Ordinal) && c.Text.Contains("Retracted", StringComparison.Ordinal), 1);
        Assert.Contains("Retracted", await client.GetStringAsync("/desk/claims/tip:1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_refused_with_429()
    {
        await using var desk = await DeskHost.StartAsync();
        using var client = desk.Client();
        var fake = desk.BaseUrl + "/desk/login?token=" + new string('b', 43);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await DeskForms.SignInAsync(client, fake)).StatusCode);
        }

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Forbidden, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[10]);
    }

    [Fact]
    public async Task The_desk_switches_language_and_shows_the_feeds_page()
    {
        await using var desk = await DeskHost.StartAsync();
        using var client = await DeskForms.SignedInAsync(desk);
        Assert.Contains("Open tips", await client.GetStringAsync("/desk/queue"), StringComparison.Ordinal);
        var switched = await DeskForms.PostAsync(client, "/desk/queue", "/desk/language", new() { ["language"] = "id", ["back"] = "/desk/feeds" });
        Assert.Equal("/desk/feeds", switched.Headers.Location!.OriginalString);
        var feeds = await client.GetStringAsync("/desk/feeds");
        Assert.Contains("Umpan", feeds, StringComparison.Ordinal);
        Assert.Contains("Feeds:Sources", feeds, StringComparison.Ordinal);

        var elsewhere = await DeskForms.PostAsync(client, "/desk/queue", "/desk/language", new() { ["language"] = "en", ["back"] = "https://evil.example/" });
        Assert.Equal("/desk/queue", elsewhere.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_hostile_tip_renders_inert_and_readable()
    {
        await using var desk = await DeskHost.StartAsync();
        var filler = string.Concat(Enumerable.Repeat("kata ", 2_000));
        var hostile = "<script>alert(1)</script> lihat javascript:alert(2) <a href=\"javascript:alert(3)\">klik</a> <img src=x onerror=alert(4)> " + filler + "AKHIR";
        Assert.True(hostile.Length >= 10_000);
        await desk.Get<TipService>().SubmitAsync(new TipSubmission(hostile, new Asker("telegram", "5001", "5001", "id")), CancellationToken.None);
        using var client = await DeskForms.SignedInAsync(desk);
        foreach (var path in new[] { "/desk/tips/1", "/desk/queue", "/desk/stats" })
        {
            var answer = await client.GetAsync(path);
            var html = await answer.Content.ReadAsStringAsync();
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            var policy = answer.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        }

        var tip = await client.GetStringAsync("/desk/tips/1");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", tip, StringComparison.Ordinal);
        Assert.Contains("javascript:alert(2)", tip, StringComparison.Ordinal);
        Assert.Contains(filler.TrimEnd() + " AKHIR", tip, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_turns_503_while_telegram_does_not_answer_and_200_when_it_is_back()
    {
        await using var desk = await DeskHost.StartAsync();
        using var client = desk.Client();
        await desk.WaitForReadinessAsync("telegram", connected: true);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        await desk.Api.GoAwayAsync();
        await desk.WaitForReadinessAsync("telegram", connected: false);
        var down = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Contains("telegram", await down.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        desk.Api.ComeBack();
        await desk.WaitForReadinessAsync("telegram", connected: true);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task Metrics_parse_as_prometheus_text_and_the_check_counter_moves_with_each_check()
    {
        await using var desk = await DeskHost.StartAsync();
        using var client = desk.Client();
        var before = PrometheusText.Sum(await client.GetStringAsync("/metrics"), "factcheck_checks_total", "platform=\"telegram\"");
        await desk.SayAsync(DeskHost.AskerA, "Vaksin covid mengandung chip magnetik 5G yang bisa melacak warga");
        var once = PrometheusText.Sum(await client.GetStringAsync("/metrics"), "factcheck_checks_total", "platform=\"telegram\"");
        await desk.SayAsync(DeskHost.AskerB, "Air kelapa menyembuhkan semua penyakit kanker dalam seminggu");
        var metrics = await client.GetStringAsync("/metrics");
        var twice = PrometheusText.Sum(metrics, "factcheck_checks_total", "platform=\"telegram\"");
        Assert.Equal(before + 1, once);
        Assert.Equal(before + 2, twice);
        Assert.True(PrometheusText.Sum(metrics, "factcheck_match_duration_seconds_count", "platform=\"telegram\"") >= 2);
        Assert.True(PrometheusText.Sum(metrics, "factcheck_index_claims", string.Empty) >= 1);
        Assert.DoesNotContain("chip magnetik", metrics, StringComparison.Ordinal);
    }
}
