using FactCheck.Core.Desk;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What every <see cref="IDeskStore"/> does: a link is redeemed once, a session lives until it expires or is
/// revoked, and a reviewer taken off the lists loses every link and session.</summary>
public abstract class DeskStoreContract
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DeskIdentity Reviewer = new("telegram", "900", "en");

    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task A_link_is_redeemed_once_even_by_two_instances_at_once_and_not_after_it_expired()
    {
        await using var target = await OpenAsync();
        await target.Desk().SaveAsync(new DeskToken("link-1", DeskTokenKind.Link, Reviewer, Start, Start.AddMinutes(10)), Start, CancellationToken.None);
        await target.Desk().SaveAsync(new DeskToken("link-2", DeskTokenKind.Link, Reviewer, Start, Start.AddMinutes(10)), Start, CancellationToken.None);

        var redeemed = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => target.Desk().RedeemLinkAsync("link-1", Start.AddMinutes(1), CancellationToken.None))));
        var late = await target.Desk().RedeemLinkAsync("link-2", Start.AddMinutes(10), CancellationToken.None);

        Assert.Equal(Reviewer, Assert.Single(redeemed, t => t is not null)!.Owner);
        Assert.Null(late);
    }

    [SkippableFact]
    public async Task A_session_is_found_until_revoked_and_revoking_a_reviewer_ends_all_theirs()
    {
        await using var target = await OpenAsync();
        var desk = target.Desk();
        foreach (var hash in new[] { "s-1", "s-2" })
        {
            await desk.SaveAsync(new DeskToken(hash, DeskTokenKind.Session, Reviewer, Start, Start.AddHours(8)), Start, CancellationToken.None);
        }

        var found = await target.Desk().FindSessionAsync("s-1", Start.AddHours(1), CancellationToken.None);
        await desk.RevokeAsync("s-1", CancellationToken.None);
        var afterLogout = await desk.FindSessionAsync("s-1", Start.AddHours(1), CancellationToken.None);
        var other = await desk.FindSessionAsync("s-2", Start.AddHours(1), CancellationToken.None);
        await desk.RevokeAllAsync("telegram", "900", CancellationToken.None);

        Assert.Equal(Start.AddHours(8), found!.ExpiresAt);
        Assert.Null(afterLogout);
        Assert.NotNull(other);
        Assert.Null(await desk.FindSessionAsync("s-2", Start.AddHours(1), CancellationToken.None));
        Assert.Null(await desk.FindSessionAsync("s-2", Start.AddHours(9), CancellationToken.None));
        Assert.Equal(0, await desk.CountPendingNotificationsAsync(CancellationToken.None));
    }

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : DeskStoreContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : DeskStoreContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
