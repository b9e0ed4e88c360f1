using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Storage;
using FactCheck.Storage.Relational;

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
        await using var session = await SqlUpsertSession.BeginAsync(database, cancellationToken);
        await session.UpsertAsync(claims, cancellationToken);
        return await session.CommitAsync(cancellationToken);
    }

    /// <summary>One transaction over many batches, with one batch in memory at a time.</summary>
    public async Task<IClaimUpsertSession> BeginUpsertAsync(CancellationToken cancellationToken) =>
        await SqlUpsertSession.BeginAsync(database, cancellationToken);

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
