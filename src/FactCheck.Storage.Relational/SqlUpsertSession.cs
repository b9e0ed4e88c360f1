using System.Data.Common;
using FactCheck.Core.Claims;
using FactCheck.Core.Import;
using FactCheck.Core.Storage;

namespace FactCheck.Storage.Relational;

/// <summary>One transaction that a file's claims are upserted into batch by batch, so that a file of any size is
/// stored whole or not at all while only one batch is in memory.</summary>
/// <remarks>Which ids this session already wrote, and how each was counted, is kept in a temporary table of the
/// transaction (in the database, not in memory): a claim repeated later in the file is then joined into what this file
/// stored the way records of one file are joined, and counted once.</remarks>
internal sealed class SqlUpsertSession : IClaimUpsertSession
{
    private const string SeenTable = "upsert_seen";
    private const int Added = 0;
    private const int Updated = 1;
    private const int Unchanged = 2;

    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly SqlDialect dialect;
    private readonly ISqlClaimWriter writer;

    // Reused for every claim (thousands per import), as the claim writers reuse theirs.
    private readonly DbCommand selectSeen;
    private readonly DbCommand insertSeen;
    private readonly DbCommand updateSeen;
    private readonly int[] counts = new int[3];
    private bool committed;

    private SqlUpsertSession(DbConnection connection, DbTransaction transaction, SqlDialect dialect)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.dialect = dialect;
        writer = dialect.ClaimWriter(connection, transaction);
        selectSeen = Sql.Command(connection, transaction, $"SELECT outcome FROM {SeenTable} WHERE id = @id", ("id", null));
        insertSeen = Sql.Command(connection, transaction, $"INSERT INTO {SeenTable} (id, outcome) VALUES (@id, @outcome) ON CONFLICT (id) DO NOTHING", ("id", null), ("outcome", null));
        updateSeen = Sql.Command(connection, transaction, $"UPDATE {SeenTable} SET outcome = @outcome WHERE id = @id", ("id", null), ("outcome", null));
    }

    public static async Task<SqlUpsertSession> BeginAsync(ISqlDatabase database, CancellationToken cancellationToken)
    {
        var connection = await database.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await Sql.ExecuteAsync(connection, transaction,
                database.Dialect.CreateTransactionTable(SeenTable, "id TEXT PRIMARY KEY, outcome INTEGER NOT NULL"), cancellationToken);
            return new SqlUpsertSession(connection, transaction, database.Dialect);
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
            await command.DisposeAsync();
        }

        await writer.DisposeAsync();
        await transaction.DisposeAsync();
        if (dialect.DropTransactionTable(SeenTable) is { } drop)
        {
            try
            {
                await Sql.ExecuteAsync(connection, null, drop, CancellationToken.None);
            }
            catch (DbException)
            {
                // A leftover table does no harm (the next session on this connection drops it before creating its own), and
                // the error that ended the session, not this one, is what the caller must see.
            }
        }

        await connection.DisposeAsync();
    }

    private async Task UpsertAsync(Claim claim, CancellationToken cancellationToken)
    {
        // One statement in the common case: a first sighting is recorded as Added and corrected if it was not.
        insertSeen.Parameters["id"].Value = claim.Id;
        insertSeen.Parameters["outcome"].Value = Added;
        if (await insertSeen.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            // Written earlier in this file: join as a later record of the same file (the first text stays).
            selectSeen.Parameters["id"].Value = claim.Id;
            var seen = Convert.ToInt32(await selectSeen.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
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

    private async Task SetOutcomeAsync(string id, int outcome, CancellationToken cancellationToken)
    {
        updateSeen.Parameters["id"].Value = id;
        updateSeen.Parameters["outcome"].Value = outcome;
        await updateSeen.ExecuteNonQueryAsync(cancellationToken);
    }
}
