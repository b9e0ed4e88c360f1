using System.Globalization;
using FactCheck.Core.Import;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>A streamed file is written batch by batch into one transaction (IClaimStore.BeginUpsertAsync): stored whole,
/// or not at all, on every provider.</summary>
public abstract class StreamingImportContract
{
    private static readonly ImportOptions SmallBatches = new() { BatchSize = 10 };

    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task A_JSON_array_broken_after_batches_were_written_leaves_the_store_exactly_as_it_was()
    {
        await using var db = await OpenAsync();
        var importer = new ClaimImporter(db.ClaimStore(), SmallBatches);
        await importer.ImportAsync([db.WriteFile("first.jsonl", Lines(1, 3))], CancellationToken.None);
        var before = await db.DumpAsync();
        var broken = db.WriteFile("broken.json", "[" + string.Join(",\n", Records(4, 60)) + ",\n{\"id\": ");

        var summary = await importer.ImportAsync([broken], CancellationToken.None);

        Assert.StartsWith($"{broken}: claims JSONL: not imported: broken JSON at line 58", Assert.Single(summary.FormatLines()), StringComparison.Ordinal);
        Assert.Equal(before, await db.DumpAsync());
    }

    [SkippableFact]
    public async Task A_broken_line_in_the_middle_of_a_JSONL_file_is_rejected_and_the_rest_stored()
    {
        await using var db = await OpenAsync();
        var store = db.ClaimStore();
        var text = Lines(1, 25) + "{\"id\": \"c26\", \"text\": \n" + Lines(27, 50);

        var summary = await new ClaimImporter(store, SmallBatches).ImportAsync([db.WriteFile("claims.jsonl", text)], CancellationToken.None);

        var file = Assert.Single(summary.Files);
        Assert.Equal((49, 1), (file.Added, file.Rejected));
        Assert.Equal("line 26", file.Rejections[0].Position);
        Assert.Equal(49, await store.CountAsync(CancellationToken.None));
    }

    [SkippableFact]
    public async Task A_claim_repeated_in_a_later_batch_is_joined_into_its_first_record_and_counted_once()
    {
        await using var db = await OpenAsync();
        var store = db.ClaimStore();
        var repeat = """{"id": "c1", "text": "Claim one in other words", "date": "2024-01-02", "publisher": "Example Checks", "rating": "False"}""";
        var path = db.WriteFile("claims.jsonl", Lines(1, 30) + repeat + "\n");

        var first = await new ClaimImporter(store, SmallBatches).ImportAsync([path], CancellationToken.None);
        var again = await new ClaimImporter(store, SmallBatches).ImportAsync([path], CancellationToken.None);

        Assert.Equal((30, 0, 0), (first.Added, first.Updated, first.Unchanged));
        Assert.Equal((0, 0, 30), (again.Added, again.Updated, again.Unchanged));
        var claim = await store.GetAsync("c1", CancellationToken.None);
        Assert.Equal("Claim one says something checkable", claim!.Text);
        Assert.Equal("Claim one in other words", Assert.Single(claim.Phrasings).Text);
    }

    [SkippableFact]
    public async Task A_stored_claim_met_twice_in_a_file_counts_as_updated_once()
    {
        await using var db = await OpenAsync();
        var store = db.ClaimStore();
        await new ClaimImporter(store).ImportAsync([db.WriteFile("first.jsonl", Lines(1, 1))], CancellationToken.None);
        var repeat = """{"id": "c1", "text": "Claim one in other words", "date": "2024-01-02", "publisher": "Example Checks", "rating": "False"}""";

        var summary = await new ClaimImporter(store, SmallBatches).ImportAsync(
            [db.WriteFile("second.jsonl", Lines(1, 20) + repeat + "\n")], CancellationToken.None);

        Assert.Equal((19, 1, 0), (summary.Added, summary.Updated, summary.Unchanged));
    }

    private static string Lines(int from, int to) => string.Concat(Records(from, to).Select(r => r + "\n"));

    private static IEnumerable<string> Records(int from, int to) => Enumerable.Range(from, to - from + 1).Select(i => string.Create(
        CultureInfo.InvariantCulture,
        $$"""{"id": "c{{i}}", "text": "Claim {{Word(i)}} says something checkable", "date": "2024-01-02", "publisher": "Example Checks", "rating": "False"}"""));

    private static string Word(int i) => i == 1 ? "one" : i.ToString(CultureInfo.InvariantCulture);

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : StreamingImportContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : StreamingImportContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
