using FactCheck.Core.Storage;
using FactCheck.Storage.Relational;

namespace FactCheck.Storage.Postgres;

/// <summary>Leader locks as PostgreSQL session advisory locks, each held on a connection of its own: the server frees
/// it when that connection ends, so a killed leader's lock is free as soon as the server notices the dead connection
/// (at once for a killed process, whose socket the kernel closes).</summary>
public sealed class PostgresLeaderLock(PostgresDatabase database, TimeProvider time) : ILeaderLock
{
    /// <summary>How often a leader checks that its connection, and so its lock, still stands.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    public async Task<ILeadership?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        var connection = await database.OpenDedicatedAsync(cancellationToken);
        try
        {
            var key = $"hashtext(current_schema() || '.leader.' || @name)";
            if (await Sql.ScalarAsync(connection, null, $"SELECT pg_try_advisory_lock({key})", cancellationToken, ("name", name)) is true)
            {
                return new PostgresLeadership(connection, time, CheckInterval);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }
}
