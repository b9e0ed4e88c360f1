using FactCheck.Core.Claims;
using FactCheck.Core.Import;
using FactCheck.Core.Storage;
using Npgsql;

namespace FactCheck.Storage.Postgres;

/// <summary>One PostgreSQL transaction that a file's claims are upserted into batch by batch, so that a file of any
/// size is stored whole or not at all while only one batch is in memory.</summary>
/// <remarks>Which ids this session already wrote, and how each was counted, is kept in a temporary table dropped at
/// commit (on the server, not in memory): a claim repeated later in the file is joined into what this file stored the
/// way records of one file are joined, and counted once. The rules are the SQLite session's.</remarks>
internal sealed class PostgresUpsertSession : IClaimUpsertSession
{
    private const int Added = 0;
    private const int Updated = 1;
    private const int Unchanged = 2;

    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private readonly PostgresClaimWriter writer;
    private readonly int[] counts = new int[3];
    private bool committed;

    private PostgresUpsertSession(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        writer = new PostgresClaimWriter(connection, transaction);
    }

    public static async Task<PostgresUpsertSession> BeginAsync(PostgresDatabase database, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await PostgresSql.ExecuteAsync(connection, transaction,
                "CREATE TEMP TABLE upsert_seen (id TEXT PRIMARY KEY, outcome INTEGER NOT NULL) ON COMMIT DROP", cancellationToken);
            return new PostgresUpsertSession(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task UpsertAsync(IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(committed, this);
        foreach (var claim in claims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await UpsertAsync(claim, cancellationToken);
        }
    }

    public async Task<UpsertCounts> CommitAsync(CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken);
        committed = true;
        return new UpsertCounts(counts[Added], counts[Updated], counts[Unchanged]);
    }

    public async ValueTask DisposeAsync()
    {
        // Rolling back (when not committed) drops the temporary table with everything else.
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private async Task UpsertAsync(Claim claim, CancellationToken cancellationToken)
    {
        // One statement in the common case: a first sighting is recorded as Added and corrected if it was not.
        var first = await PostgresSql.ExecuteAsync(connection, transaction,
            "INSERT INTO upsert_seen (id, outcome) VALUES (@id, @outcome) ON CONFLICT (id) DO NOTHING", cancellationToken,
            ("id", claim.Id), ("outcome", Added));
        if (first == 0)
        {
            // Written earlier in this file: join as a later record of the same file (the first text stays).
            var seen = Convert.ToInt32(await PostgresSql.ScalarAsync(connection, transaction, "SELECT outcome FROM upsert_seen WHERE id = @id", cancellationToken, ("id", claim.Id)),
                System.Globalization.CultureInfo.InvariantCulture);
            var stored = await writer.LoadStoredAsync(claim.Id, cancellationToken);
            var joined = ClaimMerger.Merge(stored, claim);
            var joinedHash = ClaimContentHash.Compute(joined);
            if (joinedHash != ClaimContentHash.Compute(stored))
            {
                await writer.ReplaceAsync(joined, joinedHash, cancellationToken);
                if (seen == Unchanged)
                {
                    await SetOutcomeAsync(claim.Id, Updated, cancellationToken);
                    counts[Unchanged]--;
                    counts[Updated]++;
                }
            }

            return;
        }

        var outcome = await OutcomeAsync(claim, cancellationToken);
        counts[outcome]++;
        if (outcome != Added)
        {
            await SetOutcomeAsync(claim.Id, outcome, cancellationToken);
        }
    }

    /// <summary>The upsert of a claim this session has not written yet: see <see cref="IClaimStore.UpsertAsync"/>.</summary>
    private async Task<int> OutcomeAsync(Claim claim, CancellationToken cancellationToken)
    {
        var storedHash = await writer.StoredHashAsync(claim.Id, cancellationToken);
        if (storedHash is null)
        {
            await writer.InsertAsync(claim, ClaimContentHash.Compute(claim), cancellationToken);
            return Added;
        }

        if (ClaimContentHash.Compute(claim) == storedHash)
        {
            return Unchanged;
        }

        var merged = StoredClaimMerge.Merge(await writer.LoadStoredAsync(claim.Id, cancellationToken), claim);
        var mergedHash = ClaimContentHash.Compute(merged);
        if (mergedHash == storedHash)
        {
            return Unchanged;
        }

        await writer.ReplaceAsync(merged, mergedHash, cancellationToken);
        return Updated;
    }

    private Task<int> SetOutcomeAsync(string id, int outcome, CancellationToken cancellationToken) =>
        PostgresSql.ExecuteAsync(connection, transaction, "UPDATE upsert_seen SET outcome = @outcome WHERE id = @id", cancellationToken, ("id", id), ("outcome", outcome));
}
