using System.Text;
using FactCheck.Core.Claims;
using FactCheck.Core.Import;

namespace FactCheck.Core.Tests.Import;

/// <summary>A claim is imported only with the publisher's rating words, found under the names exports use for them.</summary>
public class RatingTests
{
    [Theory]
    [InlineData("reviewRating")]
    [InlineData("textualRating")]
    [InlineData("rating")]
    [InlineData("verdict")]
    [InlineData("label")]
    [InlineData("penilaian")]
    [InlineData("KESIMPULAN")]
    [InlineData("Review Rating")]
    public void Reads_the_rating_column_under_each_known_header(string header)
    {
        var csv = $"claim,url,{header}\nVaksin mengandung chip,https://cekfakta.example.id/chip,Salah\n";

        var file = ClaimFileParser.Parse(Encoding.UTF8.GetBytes(csv), "claims.csv");

        var review = Assert.Single(file.Claims).Reviews[0];
        Assert.Equal(("Salah", Verdict.False), (review.RatingText, review.Verdict));
        Assert.Null(file.Warning);
    }

    [Theory]
    [InlineData("\"Verdict\": \"False\"")]
    [InlineData("\"textual_rating\": \"False\"")]
    [InlineData("\"reviewRating\": {\"alternateName\": \"False\"}")]
    [InlineData("\"kesimpulan\": \"False\"")]
    public void Reads_the_rating_of_a_claim_record_under_any_known_key_in_any_case(string rating)
    {
        var jsonl = $$"""
            {"id": "c1", "text": "The moon is made of cheese", "date": "2024-01-02", {{rating}}}
            {"id": "c2", "text": "The sun is cold", "date": "2024-01-02", "rating": "False"}
            """;

        var file = ClaimFileParser.Parse(Encoding.UTF8.GetBytes(jsonl), "claims.jsonl");

        Assert.Equal(["False", "False"], file.Claims.Select(c => c.Reviews[0].RatingText));
    }

    [Fact]
    public void Rejects_a_claim_without_a_rating_with_that_reason()
    {
        const string csv = "claim,url,rating\nFirst,https://a.example/1,False\nSecond,https://a.example/2,\n";

        var file = ClaimFileParser.Parse(Encoding.UTF8.GetBytes(csv), "claims.csv");

        Assert.Equal("First", Assert.Single(file.Claims).Text);
        Assert.Equal(new ImportRejection("line 3", "no rating: a claim without a rating is not a fact-check"), Assert.Single(file.Rejections));
        Assert.Null(file.Warning);
    }

    [Fact]
    public void Rejects_a_Fact_Check_Tools_review_without_a_textual_rating()
    {
        const string json = """{"claims":[{"text":"A","claimReview":[{"url":"https://a.example/1","textualRating":""}]}]}""";

        var file = ClaimFileParser.Parse(Encoding.UTF8.GetBytes(json), "api.json");

        Assert.Empty(file.Claims);
        Assert.Equal(new ImportRejection("record 1 review 1", "no rating: a claim without a rating is not a fact-check"), Assert.Single(file.Rejections));
    }

    [Fact]
    public async Task An_unrecognised_rating_column_is_said_at_the_top_of_the_report()
    {
        var store = new InMemoryClaimStore();
        var directory = Directory.CreateTempSubdirectory("factcheck-rating-");
        try
        {
            var good = Path.Combine(directory.FullName, "good.csv");
            var odd = Path.Combine(directory.FullName, "odd.csv");
            await File.WriteAllTextAsync(good, "claim,url,rating\nA,https://a.example/1,False\n");
            await File.WriteAllTextAsync(odd, "claim,url,hasil\nB,https://a.example/2,Salah\n");

            var summary = await new ClaimImporter(store).ImportAsync([good, odd], CancellationToken.None);

            var lines = summary.FormatLines().ToList();
            Assert.Equal(
                $"{odd}: warning: no rating column recognised (looked for reviewRating, textualRating, rating, verdict, label, "
                + "classification, penilaian, kesimpulan; header: claim, url, hasil): every record is rejected as unrated",
                lines[0]);
            Assert.Equal($"{good}: CSV: 1 added, 0 updated, 0 unchanged, 0 rejected", lines[1]);
            Assert.Equal($"{odd}: CSV: 0 added, 0 updated, 0 unchanged, 1 rejected", lines[2]);
            Assert.Equal(1, await store.CountAsync(CancellationToken.None));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Records_with_no_rating_key_at_all_are_reported_as_no_rating_recognised()
    {
        const string jsonl = """
            {"id": "c1", "text": "The moon is made of cheese", "date": "2024-01-02", "hasil": "Salah"}
            {"id": "c2", "text": "The sun is cold", "date": "2024-01-02", "hasil": "Salah"}
            """;

        var file = ClaimFileParser.Parse(Encoding.UTF8.GetBytes(jsonl), "claims.jsonl");

        Assert.Empty(file.Claims);
        Assert.Equal(2, file.Rejections.Count);
        Assert.StartsWith("no rating recognised in any record (looked for reviewRating,", file.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retrieval_benchmark_pool_reads_without_ratings_when_asked()
    {
        const string jsonl = """{"id": "c1", "text": "The moon is made of cheese", "date": "2024-01-02"}""" + "\n";

        var file = ClaimFileParser.Parse(Encoding.UTF8.GetBytes(jsonl), "pool.jsonl", ImportOptions.UnratedAllowed);

        Assert.Equal(Verdict.Other, Assert.Single(file.Claims).Reviews[0].Verdict);
        Assert.Null(file.Warning);
    }
}
