using FactCheck.Core.Claims;
using FactCheck.Core.Import;
using FactCheck.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Sqlite;

/// <summary>One SQLite transaction that a file's claims are upserted into batch by batch, so that a file of any size is
/// stored whole or not at all while only one batch is in memory.</summary>
/// <remarks>Which ids this session already wrote, and how each was counted, is kept in a temporary table of the
/// connection (on disk, not in memory): a claim repeated later in the file is then joined into what this file stored
/// the way records of one file are joined, and counted once.</remarks>
internal sealed class SqliteUpsertSession : IClaimUpsertSession
{
    private const int Added = 0;
    private const int Updated = 1;
    private const int Unchanged = 2;

    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly SqliteClaimWriter writer;
    private readonly SqliteCommand selectSeen;
    private readonly SqliteCommand insertSeen;
    private readonly SqliteCommand updateSeen;
    private readonly int[] counts = new int[3];
    private bool committed;

    private SqliteUpsertSession(SqliteConnection connection, SqliteTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        writer = new SqliteClaimWriter(connection, transaction);
        selectSeen = Command("SELECT outcome FROM temp.upsert_seen WHERE id = $id");
        insertSeen = Command("INSERT OR IGNORE INTO temp.upsert_seen (id, outcome) VALUES ($id, $outcome)");
        updateSeen = Command("UPDATE temp.upsert_seen SET outcome = $outcome WHERE id = $id");
    }

    public static async Task<SqliteUpsertSession> BeginAsync(SqliteDatabase database, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            await using (var create = connection.CreateCommand())
            {
                // A pooled connection may still hold the table of a session that ended badly.
                create.CommandText = "DROP TABLE IF EXISTS temp.upsert_seen; CREATE TEMP TABLE upsert_seen (id TEXT PRIMARY KEY, outcome INTEGER NOT NULL)";
                await create.ExecuteNonQueryAsync(cancellationToken);
            }

            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            return new SqliteUpsertSession(connection, transaction);
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
        foreach (var command in new[] { selectSeen, insertSeen, updateSeen })
        {
            command.Dispose();
        }

        await writer.DisposeAsync();
        await transaction.DisposeAsync();
        try
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE IF EXISTS temp.upsert_seen";
            await drop.ExecuteNonQueryAsync();
        }
        catch (SqliteException)
        {
            // A leftover table does no harm (the next session on this connection drops it before creating its own), and
            // the error that ended the session, not this one, is what the caller must see.
        }

        await connection.DisposeAsync();
    }

    private async Task UpsertAsync(Claim claim, CancellationToken cancellationToken)
    {
        // One statement in the common case: a first sighting is recorded as Added and corrected if it was not.
        insertSeen.Parameters["$id"].Value = claim.Id;
        insertSeen.Parameters["$outcome"].Value = Added;
        if (insertSeen.ExecuteNonQuery() == 0)
        {
            // Written earlier in this file: join as a later record of the same file (the first text stays).
            selectSeen.Parameters["$id"].Value = claim.Id;
            var seen = Convert.ToInt32(selectSeen.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            var stored = await writer.LoadStoredAsync(claim.Id, cancellationToken);
            var joined = ClaimMerger.Merge(stored, claim);
            var joinedHash = ClaimContentHash.Compute(joined);
            if (joinedHash != ClaimContentHash.Compute(stored))
            {
                await writer.ReplaceAsync(joined, joinedHash, cancellationToken);
                if (seen == Unchanged)
                {
                    Recount(claim.Id, Unchanged, Updated);
                }
            }

            return;
        }

        var outcome = await OutcomeAsync(claim, cancellationToken);
        counts[outcome]++;
        if (outcome != Added)
        {
            updateSeen.Parameters["$id"].Value = claim.Id;
            updateSeen.Parameters["$outcome"].Value = outcome;
            updateSeen.ExecuteNonQuery();
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

    private void Recount(string id, int from, int to)
    {
        updateSeen.Parameters["$id"].Value = id;
        updateSeen.Parameters["$outcome"].Value = to;
        updateSeen.ExecuteNonQuery();
        counts[from]--;
        counts[to]++;
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.Add(new SqliteParameter { ParameterName = "$id" });
        if (sql.Contains("$outcome", StringComparison.Ordinal))
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = "$outcome" });
        }

        return command;
    }
}
