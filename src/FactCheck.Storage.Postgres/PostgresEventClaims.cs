using FactCheck.Core.Storage;

namespace FactCheck.Storage.Postgres;

/// <summary>Platform events claimed in PostgreSQL (table event_claims, migration 0012): one upsert decides between
/// instances, since a conflicting insert waits for the other's commit and then sees its claim.</summary>
public sealed class PostgresEventClaims(PostgresDatabase database, TimeProvider time) : IEventClaims
{
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(6);
    private long nextPruneTicks;

    public async Task<EventClaim> TryClaimAsync(string platform, string eventId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        await PruneIfDueAsync(connection, now, cancellationToken);
        var claimed = await PostgresSql.ScalarAsync(connection, null,
            "INSERT INTO event_claims (platform, event_id, claimed_until) VALUES (@p, @e, @until) " +
            "ON CONFLICT (platform, event_id) DO UPDATE SET claimed_until = excluded.claimed_until " +
            "WHERE event_claims.completed_at IS NULL AND event_claims.claimed_until <= @now RETURNING 1", cancellationToken,
            ("p", platform), ("e", eventId), ("until", PostgresValues.Moment(now + lease)), ("now", PostgresValues.Moment(now)));
        if (claimed is not null)
        {
            return EventClaim.Claimed;
        }

        var done = await PostgresSql.ScalarAsync(connection, null, "SELECT completed_at IS NOT NULL FROM event_claims WHERE platform = @p AND event_id = @e", cancellationToken,
            ("p", platform), ("e", eventId));
        return done is true ? EventClaim.Done : EventClaim.HeldElsewhere;
    }

    public async Task CompleteAsync(string platform, string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await PostgresSql.ExecuteAsync(connection, null, "UPDATE event_claims SET completed_at = @now WHERE platform = @p AND event_id = @e", cancellationToken,
            ("p", platform), ("e", eventId), ("now", PostgresValues.Moment(time.GetUtcNow())));
    }

    /// <summary>Claims older than the handled events' retention go: platforms redeliver within hours.</summary>
    private async Task PruneIfDueAsync(Npgsql.NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = Interlocked.Read(ref nextPruneTicks);
        if (now.UtcTicks >= due && Interlocked.CompareExchange(ref nextPruneTicks, now.UtcTicks + PruneInterval.Ticks, due) == due)
        {
            await PostgresSql.ExecuteAsync(connection, null, "DELETE FROM event_claims WHERE claimed_until < @cutoff", cancellationToken,
                ("cutoff", PostgresValues.Moment(now - PostgresChatStateStore.HandledEventRetention)));
        }
    }
}
