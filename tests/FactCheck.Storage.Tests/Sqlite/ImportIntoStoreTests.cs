using System.Diagnostics;
using FactCheck.Core.Import;
using FactCheck.Storage.Sqlite;
using FactCheck.Tests.Shared;
using Xunit.Abstractions;

namespace FactCheck.Storage.Tests.Sqlite;

public class ImportIntoStoreTests(ITestOutputHelper output)
{
    private const string TwoReviews = """
        [{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"Kim Jong Un told Putin he is too crazy","url":"https://cekfakta.example.id/kim-putin","datePublished":"2022-03-10","author":{"@type":"Organization","name":"Cek Fakta"},"reviewRating":{"@type":"Rating","alternateName":"Unverified"}},
         {"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"Vaccines contain chips","url":"https://cekfakta.example.id/chips","datePublished":"2022-03-11","author":{"@type":"Organization","name":"Cek Fakta"},"reviewRating":{"@type":"Rating","alternateName":"Salah"}}]
        """;

    [Fact]
    public async Task Importing_a_file_twice_reports_everything_unchanged_the_second_time()
    {
        using var db = new TempDatabase();
        var importer = new ClaimImporter(new SqliteClaimStore(db.ConnectionString));
        var path = db.WriteFile("seed.jsonld", TwoReviews);

        var first = await importer.ImportAsync([path], CancellationToken.None);
        var before = await db.DumpAsync();
        var second = await importer.ImportAsync([path], CancellationToken.None);

        Assert.Equal($"{path}: ClaimReview JSON-LD: 2 added, 0 updated, 0 unchanged, 0 rejected", Assert.Single(first.FormatLines()));
        Assert.Equal($"{path}: ClaimReview JSON-LD: 0 added, 0 updated, 2 unchanged, 0 rejected", Assert.Single(second.FormatLines()));
        Assert.Equal(before, await db.DumpAsync());
    }

    [Fact]
    public async Task A_changed_rating_in_the_file_is_reported_updated()
    {
        using var db = new TempDatabase();
        var importer = new ClaimImporter(new SqliteClaimStore(db.ConnectionString));
        await importer.ImportAsync([db.WriteFile("seed.jsonld", TwoReviews)], CancellationToken.None);

        var changed = db.WriteFile("seed2.jsonld", TwoReviews.Replace("Unverified", "False", StringComparison.Ordinal));
        var summary = await importer.ImportAsync([changed], CancellationToken.None);

        Assert.Equal((0, 1, 1), (summary.Added, summary.Updated, summary.Unchanged));
    }

    [Theory]
    [InlineData("broken.json")]
    [InlineData("binary.json")]
    [InlineData("empty.csv")]
    public async Task A_malformed_file_leaves_the_store_exactly_as_it_was(string name)
    {
        using var db = new TempDatabase();
        var importer = new ClaimImporter(new SqliteClaimStore(db.ConnectionString));
        await importer.ImportAsync([db.WriteFile("seed.jsonld", TwoReviews)], CancellationToken.None);
        var before = await db.DumpAsync();
        var path = name switch
        {
            "broken.json" => db.WriteFile(name, TwoReviews[..(TwoReviews.Length / 2)]),
            "binary.json" => db.WriteFile(name, [0x7B, 0x00, 0xFF, 0xFE, 0x01, 0x02, 0x00, 0x7D]),
            _ => db.WriteFile(name, []),
        };

        var summary = await importer.ImportAsync([path], CancellationToken.None);

        Assert.NotNull(Assert.Single(summary.Files).FileError);
        Assert.Equal(before, await db.DumpAsync());
    }

    [SkippableFact]
    public async Task Bench_claims_load_and_upsert_again_unchanged()
    {
        var path = RepoPaths.SharedPath("bench/clef2022-2a-en/claims.jsonl", out var why);
        Skip.If(path is null, why);
        using var db = new TempDatabase();
        var store = new SqliteClaimStore(db.ConnectionString);
        var parsed = ClaimFileParser.Parse(path, ImportOptions.UnratedAllowed);

        var clock = Stopwatch.StartNew();
        var added = await store.UpsertAsync(parsed.Claims, CancellationToken.None);
        var insertTime = clock.Elapsed;
        clock.Restart();
        var loaded = await store.LoadAllAsync(CancellationToken.None);
        var loadTime = clock.Elapsed;
        clock.Restart();
        var again = await store.UpsertAsync(loaded, CancellationToken.None);
        output.WriteLine($"{parsed.Claims.Count} claims: insert {insertTime.TotalMilliseconds:F0} ms, load {loadTime.TotalMilliseconds:F0} ms, re-upsert {clock.Elapsed.TotalMilliseconds:F0} ms");

        Assert.Equal(14231, added.Added);
        Assert.Equal(14231, loaded.Count);
        Assert.Equal(new Core.Storage.UpsertCounts(0, 0, 14231), again);
    }
}
