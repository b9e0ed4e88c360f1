using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Sqlite;

/// <summary>The claim store in an SQLite file: the embedded default.</summary>
public sealed class SqliteClaimStore(SqliteDatabase database) : IClaimStore
{
    /// <summary>A store on its own database, e.g. a temporary file for an evaluation run or a test.</summary>
    public SqliteClaimStore(string connectionString)
        : this(new SqliteDatabase(connectionString))
    {
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => database.EnsureMigratedAsync(cancellationToken);

    public async Task<UpsertCounts> UpsertAsync(IReadOnlyList<Claim> claims, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        using var writer = new SqliteClaimWriter(connection, transaction);
        int added = 0, updated = 0, unchanged = 0;
        foreach (var claim in claims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var storedHash = writer.StoredHash(claim.Id);
            if (storedHash is null)
            {
                writer.Insert(claim, ClaimContentHash.Compute(claim));
                added++;
                continue;
            }

            if (ClaimContentHash.Compute(claim) == storedHash)
            {
                unchanged++;
                continue;
            }

            var merged = StoredClaimMerge.Merge(await writer.LoadStoredAsync(claim.Id, cancellationToken), claim);
            var mergedHash = ClaimContentHash.Compute(merged);
            if (mergedHash == storedHash)
            {
                unchanged++;
                continue;
            }

            writer.Replace(merged, mergedHash);
            updated++;
        }

        await transaction.CommitAsync(cancellationToken);
        return new UpsertCounts(added, updated, unchanged);
    }

    public async Task<IReadOnlyList<Claim>> LoadAllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteClaimReader.LoadAsync(connection, null, null, cancellationToken);
    }

    public async Task<Claim?> GetAsync(string claimId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var found = await SqliteClaimReader.LoadAsync(connection, null, claimId, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM claims";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
