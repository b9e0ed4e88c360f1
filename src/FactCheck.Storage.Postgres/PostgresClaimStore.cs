using System.Data;
using FactCheck.Core.Claims;
using FactCheck.Core.Storage;
using FactCheck.Storage.Relational;

namespace FactCheck.Storage.Postgres;

/// <summary>The claim store in PostgreSQL: shared by several instances of the bot.</summary>
public sealed class PostgresClaimStore(PostgresDatabase database) : IClaimStore
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
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var claims = await PostgresClaimReader.LoadAsync(connection, transaction, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claims;
    }

    public async Task<Claim?> GetAsync(string claimId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var found = await PostgresClaimReader.LoadAsync(connection, transaction, claimId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return Convert.ToInt32(await PostgresSql.ScalarAsync(connection, null, "SELECT COUNT(*) FROM claims", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
