using FactCheck.Core.Checking.Log;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What every <see cref="ICheckLog"/> does, on every provider.</summary>
public abstract class CheckLogContract
{
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task Statistics_count_outcomes_distinct_texts_and_the_most_matched_claims_since_a_moment()
    {
        await using var target = await OpenAsync();
        var log = target.CheckLog();
        await log.RecordAsync(new CheckRecord(Start.AddDays(-2), "telegram", "old", CheckOutcome.Reply, ["gone"]), CancellationToken.None);
        await log.RecordAsync(new CheckRecord(Start, "telegram", "h1", CheckOutcome.Reply, ["a", "b"]), CancellationToken.None);
        await log.RecordAsync(new CheckRecord(Start.AddMinutes(1), "discord", "h1", CheckOutcome.Reply, ["a"]), CancellationToken.None);
        await log.RecordAsync(new CheckRecord(Start.AddMinutes(2), "telegram", "h2", CheckOutcome.Suggest, []), CancellationToken.None);
        await log.RecordAsync(new CheckRecord(Start.AddMinutes(3), "console", "h3", CheckOutcome.NoMatch, []), CancellationToken.None);
        await log.RecordAsync(new CheckRecord(Start.AddMinutes(4), "console", "h4", CheckOutcome.NothingToCheck, []), CancellationToken.None);

        var stats = await target.CheckLog().SummarizeAsync(Start.AddDays(-1), 5, CancellationToken.None);

        Assert.Equal((4, 2, 1, 1, 3), (stats.Checks, stats.Replied, stats.SuggestedOnly, stats.NoMatch, stats.DistinctMessages));
        Assert.Equal([new ClaimCount("a", 2), new ClaimCount("b", 1)], stats.TopClaims);
    }

    [SkippableFact]
    public async Task Purge_removes_records_before_the_cutoff_with_their_claims()
    {
        await using var target = await OpenAsync();
        var log = target.CheckLog();
        await log.RecordAsync(new CheckRecord(Start.AddDays(-40), "telegram", "old", CheckOutcome.Reply, ["x"]), CancellationToken.None);
        await log.RecordAsync(new CheckRecord(Start, "telegram", "new", CheckOutcome.Reply, ["y"]), CancellationToken.None);

        var purged = await log.PurgeAsync(Start.AddDays(-30), CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Equal(["y"], await target.ColumnAsync("SELECT claim_id FROM check_log_claims"));
    }

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : CheckLogContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : CheckLogContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
