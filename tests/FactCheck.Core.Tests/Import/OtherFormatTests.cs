using System.Text;
using FactCheck.Core.Claims;
using FactCheck.Core.Import;

namespace FactCheck.Core.Tests.Import;

public class OtherFormatTests
{
    [Fact]
    public void Reads_a_Fact_Check_Tools_response_with_several_reviews_per_claim()
    {
        var file = Fixture.Parse("factcheck-response.json");

        Assert.Equal(ImportFormats.FactCheckTools, file.Format);
        Assert.Equal(2, file.Claims.Count);
        var first = file.Claims[0];
        Assert.Equal(2, first.Reviews.Count);
        Assert.Equal("ur", first.Language);
        Assert.Equal(new Publisher("", "vishvasnews.example.com"), first.Reviews[0].Publisher);
        Assert.Equal(Verdict.Misleading, first.Reviews[1].Verdict);
        Assert.Equal(Verdict.Misleading, file.Claims[1].Reviews[0].Verdict);
        Assert.Equal(new ImportRejection("record 2", "missing claim text"), Assert.Single(file.Rejections));
    }

    [Fact]
    public void Reads_a_single_Fact_Check_Tools_claim_object()
    {
        var file = Fixture.Parse("factcheck-claim.json");

        var claim = Assert.Single(file.Claims);
        Assert.Equal("ur", claim.Language);
        Assert.Equal("فیکٹ چیک", claim.Reviews[0].Headline);
        Assert.Equal(new DateOnly(2019, 6, 20), claim.Reviews[0].PublishedOn);
    }

    [Fact]
    public void Reads_claims_jsonl_with_source_ids_title_and_subtitle_as_phrasings()
    {
        var file = Fixture.Parse("claims.jsonl");

        Assert.Equal(ImportFormats.ClaimsJsonl, file.Format);
        Assert.Equal(["vclaim-sno-1", "tbh-11", "tbh-13"], file.Claims.Select(c => c.Id));
        var snopes = file.Claims[0];
        Assert.Equal(["$1 McDonald's Any Size Fries", "Rumor: McDonald's offers $1 fries."], snopes.Phrasings.Select(p => p.Text));
        Assert.Equal(new DateOnly(2015, 5, 26), snopes.Reviews[0].PublishedOn);
        Assert.Equal("Snopes", snopes.Reviews[0].Publisher.Name);
        Assert.Equal(Verdict.False, snopes.Reviews[0].Verdict);
        Assert.Equal("False", snopes.Reviews[0].RatingText);
        Assert.Equal(["SALAH", "Misleading"], file.Claims.Skip(1).Select(c => c.Reviews[0].RatingText));
        Assert.Null(file.Claims[2].Reviews[0].PublishedOn);
        Assert.Equal(["line 3", "line 5", "line 6", "line 7"], file.Rejections.Select(r => r.Position));
        Assert.Equal("missing claim text", file.Rejections[0].Reason);
        Assert.Equal("bad date '32 Dec 2024'", file.Rejections[2].Reason);
        Assert.Equal("no rating: a claim without a rating is not a fact-check", file.Rejections[3].Reason);
        Assert.Null(file.Warning);
    }

    [Fact]
    public void Reads_CSV_with_BOM_quoted_multiline_fields_and_day_first_dates()
    {
        var file = Fixture.Parse("claims-comma.csv");

        Assert.Equal(ImportFormats.Csv, file.Format);
        Assert.Equal(2, file.Claims.Count);
        var first = file.Claims[0];
        Assert.Equal("Gunung Lawu akan erupsi besar, waspada \"sekitar\" Lawu", first.Text);
        Assert.Equal(new DateOnly(2026, 6, 24), first.Reviews[0].PublishedOn);
        Assert.Equal(Verdict.False, first.Reviews[0].Verdict);
        Assert.Equal(Verdict.Satire, file.Claims[1].Reviews[0].Verdict);
        Assert.Equal(
            [new ImportRejection("line 5", "missing claim text"), new ImportRejection("line 6", "bad date '45/01/2025'")],
            file.Rejections);
    }

    [Fact]
    public void Reads_semicolon_CSV_in_Windows_1252()
    {
        var file = Fixture.Parse("claims-semicolon-1252.csv");

        Assert.Equal(["Le café guérit la COVID", "Pasta ist giftig"], file.Claims.Select(c => c.Text));
        Assert.Equal(["fr", "de"], file.Claims.Select(c => c.Language));
        Assert.All(file.Claims, c => Assert.Equal(Verdict.False, c.Reviews[0].Verdict));
        Assert.Equal("AFP Factuel", file.Claims[0].Reviews[0].Publisher.Name);
    }

    [Fact]
    public void Reads_tab_separated_UTF16_with_schema_org_headers()
    {
        var file = Fixture.Parse("claims-tab-utf16.tsv");

        var claim = Assert.Single(file.Claims);
        Assert.Equal("Bumi itu datar", claim.Text);
        Assert.Equal("id", claim.Language);
        Assert.Equal(Verdict.False, claim.Reviews[0].Verdict);
    }

    [Fact]
    public void Reads_month_first_dates_when_the_file_shows_a_day_above_12()
    {
        var file = Fixture.Parse("claims-us-dates.csv");

        Assert.Equal([new DateOnly(2020, 3, 25), new DateOnly(2020, 4, 1)], file.Claims.Select(c => c.Reviews[0].PublishedOn!.Value));
        Assert.Equal([Verdict.False, Verdict.MissingContext], file.Claims.Select(c => c.Reviews[0].Verdict));
    }

    [Theory]
    [InlineData("broken.json", "broken JSON")]
    [InlineData("empty.json", "empty file")]
    [InlineData("binary.bin", "binary")]
    [InlineData("not-claims.json", "no ClaimReview")]
    [InlineData("claims-no-url.csv", "no review URL column")]
    [InlineData("does-not-exist.json", "file not found")]
    public void Refuses_a_whole_file_with_a_reason_and_no_claims(string name, string reason)
    {
        var file = Fixture.Parse(name);

        Assert.NotNull(file.FileError);
        Assert.Contains(reason, file.FileError, StringComparison.Ordinal);
        Assert.Empty(file.Claims);
    }

    [Fact]
    public void Refuses_UTF16_without_byte_order_mark_rather_than_guessing()
    {
        var file = ClaimFileParser.Parse(Encoding.Unicode.GetBytes("claim,url\nx,https://a.example/1\n"), "x.csv");

        Assert.Contains("byte order mark", file.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void Merges_records_of_the_same_claim_within_a_file()
    {
        const string json = """
            [{"@type":"ClaimReview","claimReviewed":"Same claim","url":"https://a.example/1","reviewRating":{"alternateName":"False"}},
             {"@type":"ClaimReview","claimReviewed":"Same claim, other words","url":"https://a.example/1#comments","reviewRating":{"alternateName":"False"}}]
            """;

        var file = ClaimFileParser.Parse(Encoding.UTF8.GetBytes(json), "merge.json");

        var claim = Assert.Single(file.Claims);
        Assert.Single(claim.Reviews);
        Assert.Equal("Same claim, other words", Assert.Single(claim.Phrasings).Text);
    }

    [Fact]
    public void Reads_claim_records_given_as_a_JSON_array()
    {
        const string json = """[{"id":"c1","text":"First","language":"en","verdict":"False"},{"id":"c2","text":"","language":"en","verdict":"False"}]""";

        var file = ClaimFileParser.Parse(Encoding.UTF8.GetBytes(json), "claims.json");

        Assert.Equal(ImportFormats.ClaimsJsonl, file.Format);
        Assert.Equal("c1", Assert.Single(file.Claims).Id);
        Assert.Equal(new ImportRejection("record 2", "missing claim text"), Assert.Single(file.Rejections));
    }

    [Fact]
    public void Reads_one_ClaimReview_or_Fact_Check_Tools_claim_per_line()
    {
        const string jsonl = """
            {"@type":"ClaimReview","claimReviewed":"First","url":"https://a.example/1","reviewRating":{"alternateName":"False"}}
            {"text":"Second","claimReview":[{"url":"https://b.example/2","textualRating":"Satire"}]}
            {"@type":"ClaimReview","claimReviewed":"","url":"https://a.example/3"}
            """;

        var file = ClaimFileParser.Parse(Encoding.UTF8.GetBytes(jsonl), "feed.jsonl");

        Assert.Equal(ImportFormats.ClaimsJsonl, file.Format);
        Assert.Equal([Verdict.False, Verdict.Satire], file.Claims.Select(c => c.Reviews[0].Verdict));
        Assert.Equal(new ImportRejection("line 3", "missing claim text"), Assert.Single(file.Rejections));
    }
}
