using FactCheck.Core.Checking;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Tests.Fakes;

namespace FactCheck.Telegram.Tests;

/// <summary>The HTML of replies: escaped, cited, honest about doubtful matches, and always within Telegram's limit.</summary>
public sealed class TelegramHtmlRendererTests
{
    [Fact]
    public void Escapes_claims_passages_and_links()
    {
        var report = new CheckReport("en", InputNote.None, [new ClaimMatch(FakeCheckService.FiveG, MatchDecision.Reply, 0.91, "5G <b>towers</b> & \"covid\"")], [], 1);

        var html = Assert.Single(TelegramHtmlRenderer.Render(report));

        Assert.Contains("COVID-19 &lt;fast&gt;", html, StringComparison.Ordinal);
        Assert.Contains("5G &lt;b&gt;towers&lt;/b&gt; &amp; &quot;covid&quot;", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://factcheck.example.org/2024/05/5g-covid?a=1&amp;b=2\"", html, StringComparison.Ordinal);
        Assert.Contains("<b>False</b>", html, StringComparison.Ordinal);
        Assert.Contains("“Pants on fire”", html, StringComparison.Ordinal);
        Assert.Contains("match 91%", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indonesian_reply_names_the_claim_in_its_stored_indonesian_wording()
    {
        var report = new CheckReport("id", InputNote.None, [new ClaimMatch(FakeCheckService.Seed, MatchDecision.Reply, 0.9, "Kim Jong Un kepada Putin")], [], 1);

        var html = Assert.Single(TelegramHtmlRenderer.Render(report));

        Assert.Contains("Klaim: <i>Kim Jong Un kepada Putin: Anda terlalu gila bagi kami</i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("told Putin", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_passage_that_is_one_quotation_is_quoted_once_and_one_with_guillemets_gets_other_marks()
    {
        var whole = new CheckReport("id", InputNote.None, [new ClaimMatch(FakeCheckService.Seed, MatchDecision.Reply, 0.9, "«Anda terlalu gila bagi kami»")], [], 1);
        var inner = new CheckReport("id", InputNote.None, [new ClaimMatch(FakeCheckService.Seed, MatchDecision.Reply, 0.9, "«Anda terlalu gila» kata Kim")], [], 1);

        Assert.Contains("Teks Anda: «Anda terlalu gila bagi kami» (", Assert.Single(TelegramHtmlRenderer.Render(whole)), StringComparison.Ordinal);
        Assert.Contains("Teks Anda: “«Anda terlalu gila» kata Kim” (", Assert.Single(TelegramHtmlRenderer.Render(inner)), StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_a_suggestion_under_possibly_related_and_never_as_a_verdict_heading()
    {
        var report = new CheckReport("en", InputNote.None, [new ClaimMatch(FakeCheckService.Vaccine, MatchDecision.Suggest, 0.6, "vaccine")], ["other"], 2);

        var html = Assert.Single(TelegramHtmlRenderer.Render(report));

        Assert.Contains("Possibly related fact-checks", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Already fact-checked", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1. <b>", html, StringComparison.Ordinal);
        Assert.Contains("1 part(s) of the message matched no known fact-check", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_plainly_when_nothing_matches_in_the_users_language()
    {
        var html = Assert.Single(TelegramHtmlRenderer.Render(new CheckReport("id", InputNote.None, [], ["teks"], 1)));

        Assert.Contains("Belum ada cek fakta yang cocok", html, StringComparison.Ordinal);
        Assert.Contains("peninjau kami", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Splits_a_long_report_into_at_most_three_messages_and_counts_the_rest()
    {
        var long_ = FakeCheckService.Seed with
        {
            Text = new string('k', 2000),
            Reviews = [.. Enumerable.Range(0, 9).Select(i => FakeCheckService.Seed.Reviews[0] with { Url = "https://example.org/" + i })],
        };
        var matches = Enumerable.Range(0, 60).Select(i => new ClaimMatch(long_ with { Id = "c" + i }, MatchDecision.Reply, 0.9, new string('p', 3000))).ToList();

        var parts = TelegramHtmlRenderer.Render(new CheckReport("en", InputNote.None, matches, [], 60));

        Assert.InRange(parts.Count, 2, MessagePacker.MaxMessages);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, TelegramHtml.MaxMessageLength));
        Assert.Matches(@"\.\.\. and \d+ more", parts[^1]);
        Assert.Contains("... and 5 more", parts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_a_review_without_a_web_address_with_its_summary_and_no_link()
    {
        var review = FakeCheckService.Seed.Reviews[0] with { Url = "urn:demo:kim", Headline = null, Summary = "Relayed by <Express UK> from a tweet." };
        var claim = FakeCheckService.Seed with { Reviews = [review] };

        var html = Assert.Single(TelegramHtmlRenderer.Render(new CheckReport("en", InputNote.None, [new ClaimMatch(claim, MatchDecision.Reply, 0.7, "too crazy")], [], 1)));

        Assert.DoesNotContain("urn:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
        Assert.Contains("<i>Relayed by &lt;Express UK&gt; from a tweet.</i>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Shortening_never_splits_an_emoji()
    {
        var text = new string('a', 9) + "😂😂";

        var shortened = TelegramHtml.Shorten(text, 11);

        Assert.Equal(new string('a', 9) + "…", shortened);
    }
}
