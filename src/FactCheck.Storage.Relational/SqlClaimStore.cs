using FactCheck.Core.Claims;
using FactCheck.Core.Storage;

namespace FactCheck.Storage.Relational;

/// <summary>The claim store on a SQL database; each provider names its own (the SQLite file is the embedded default,
/// PostgreSQL is shared by several instances of the bot).</summary>
public class SqlClaimStore(ISqlDatabase database) : IClaimStore
{
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
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.Dialect.BeginSnapshotAsync(connection, cancellationToken);
        var claims = await SqlClaimReader.LoadAsync(connection, transaction, database.Dialect, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claims;
    }

    public async Task<Claim?> GetAsync(string claimId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.Dialect.BeginSnapshotAsync(connection, cancellationToken);
        var found = await SqlClaimReader.LoadAsync(connection, transaction, database.Dialect, claimId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return Convert.ToInt32(await Sql.ScalarAsync(connection, null, "SELECT COUNT(*) FROM claims", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
