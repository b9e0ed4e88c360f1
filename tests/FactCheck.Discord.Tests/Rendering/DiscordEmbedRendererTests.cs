using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Replies;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rendering;

namespace FactCheck.Discord.Tests.Rendering;

public sealed class DiscordEmbedRendererTests
{
    private readonly DiscordEmbedRenderer renderer = new(4000);

    [Fact]
    public void A_25_claim_report_fits_the_embed_limits_and_cites_every_claim()
    {
        var verdicts = Enum.GetValues<Verdict>();
        var matches = Enumerable.Range(0, 25)
            .Select(i => Reports.Match(i, i % 5 == 4 ? MatchDecision.Suggest : MatchDecision.Reply, verdicts[i % verdicts.Length], reviews: 3, textLength: 400))
            .ToArray();

        var embeds = renderer.Render(Reports.With(matches));

        AssertWithinLimits(embeds);
        var fields = embeds.SelectMany(e => e.Fields!).ToList();
        Assert.Equal(25, fields.Count);
        for (var i = 0; i < 25; i++)
        {
            Assert.Contains(fields, f => f.Name.Contains("Claim number " + i + " ", StringComparison.Ordinal)
                && f.Value.Contains($"/claim-{i}-a-rather-long-slug-for-the-article)", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void More_than_25_matches_are_cut_with_a_count_of_the_rest()
    {
        var embeds = renderer.Render(Reports.With([.. Enumerable.Range(0, 40).Select(i => Reports.Match(i))]));

        AssertWithinLimits(embeds);
        Assert.Equal(25, embeds.Sum(e => e.Fields!.Count));
        Assert.Contains("15 more", embeds[^1].Footer!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_texts_are_cut_to_the_limits()
    {
        var big = Reports.Match(1, reviews: 40, textLength: 10_000) with { Passage = new string('p', 10_000) };

        var embeds = renderer.Render(Reports.With(big));

        AssertWithinLimits(embeds);
        Assert.Contains("more", embeds[0].Fields![0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_match_shows_verdict_rating_words_passage_score_publisher_date_and_link()
    {
        var embeds = renderer.Render(Reports.With(Reports.Match(7, verdict: Verdict.Misleading)));

        var embed = Assert.Single(embeds);
        Assert.Equal(VerdictColours.For(Verdict.Misleading), embed.Color);
        Assert.Equal("Already fact-checked: Misleading", embed.Title);
        var value = Assert.Single(embed.Fields!).Value;
        Assert.Contains("**Misleading** (“Pants on fire 0”)", value, StringComparison.Ordinal);
        Assert.Contains("Your text: “the passage of the user's message that matched claim 7” · 91% match", value, StringComparison.Ordinal);
        Assert.Contains("[Publisher 0](https://factcheck0.example.org/2024/05/claim-7-a-rather-long-slug-for-the-article), 2024-05-02", value, StringComparison.Ordinal);
        Assert.Equal(UiText.English.Disclaimer, embed.Footer!.Text);
    }

    [Fact]
    public void Review_ids_that_are_not_web_links_are_not_linked()
    {
        var match = Reports.Match(1);
        var review = match.Claim.Reviews[0] with { Url = "urn:factcheck-bot:demo:x" };
        var embeds = renderer.Render(Reports.With(match with { Claim = match.Claim with { Reviews = [review] } }));

        Assert.DoesNotContain("](urn:", embeds[0].Fields![0].Value, StringComparison.Ordinal);
        Assert.Contains("Publisher 0, 2024-05-02", embeds[0].Fields![0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestions_are_possibly_related_and_never_a_verdict()
    {
        var embeds = renderer.Render(Reports.With(Reports.Match(1, MatchDecision.Suggest, Verdict.False)));

        var embed = Assert.Single(embeds);
        Assert.Equal(UiText.English.PossiblyRelatedHeading, embed.Title);
        Assert.Equal(VerdictColours.PossiblyRelated, embed.Color);
        Assert.DoesNotContain("**False**", embed.Fields![0].Value, StringComparison.Ordinal);
        Assert.Contains("Rating: “Pants on fire 0”", embed.Fields[0].Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(InputNote.None, "No known fact-check matches this message.")]
    [InlineData(InputNote.Empty, "The message is empty")]
    [InlineData(InputNote.NothingToCheck, "There is no text in this message to check")]
    [InlineData(InputNote.Truncated, "only its beginning was checked")]
    public void No_match_and_input_notes_are_said_plainly(InputNote note, string expected)
    {
        var embeds = renderer.Render(new CheckReport("en", note, [], [], 0));

        Assert.Contains(expected, Assert.Single(embeds).Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Indonesian_reports_use_indonesian_words()
    {
        var report = Reports.With(Reports.Match(1, verdict: Verdict.Unverified)) with { UiLanguage = "id" };

        var embed = Assert.Single(renderer.Render(report));

        Assert.Equal("Sudah dicek faktanya: Belum terverifikasi", embed.Title);
    }

    [Fact]
    public void Indonesian_reports_name_the_claim_in_its_stored_indonesian_wording_and_quote_the_message_once()
    {
        var match = Reports.Match(1) with { Passage = "“Menara 5G” menyebarkan virus" };
        var claim = match.Claim with { Phrasings = [new Phrasing("Klaim nomor 1 tentang menara 5G", "id")] };
        var report = Reports.With(match with { Claim = claim }) with { UiLanguage = "id" };

        var field = Assert.Single(Assert.Single(renderer.Render(report)).Fields!);

        Assert.Equal("Klaim: Klaim nomor 1 tentang menara 5G", field.Name);
        Assert.StartsWith("Teks Anda: «“Menara 5G” menyebarkan virus» · 91% kecocokan", field.Value, StringComparison.Ordinal);
    }

    private static void AssertWithinLimits(IReadOnlyList<Embed> embeds)
    {
        Assert.InRange(embeds.Count, 1, 10);
        Assert.InRange(embeds.Sum(e => e.CountedLength), 1, 6000);
        foreach (var e in embeds)
        {
            Assert.InRange(e.Title?.Length ?? 0, 0, 256);
            Assert.InRange(e.Description?.Length ?? 0, 0, 4096);
            Assert.InRange(e.Fields?.Count ?? 0, 0, 25);
            Assert.InRange(e.Footer?.Text.Length ?? 0, 0, 2048);
            Assert.All(e.Fields ?? [], f =>
            {
                Assert.InRange(f.Name.Length, 1, 256);
                Assert.InRange(f.Value.Length, 1, 1024);
            });
        }
    }
}
