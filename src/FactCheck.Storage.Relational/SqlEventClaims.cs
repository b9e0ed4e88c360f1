using System.Data.Common;
using FactCheck.Core.Storage;

namespace FactCheck.Storage.Relational;

/// <summary>Platform events claimed in the table event_claims (migration 0012): one upsert decides between instances
/// (PostgreSQL: a conflicting insert waits for the other's commit and then sees its claim; SQLite: it runs in the
/// file's single write lock).</summary>
public sealed class SqlEventClaims(ISqlDatabase database, TimeProvider time) : IEventClaims
{
    private static readonly TimeSpan PruneInterval = TimeSpan.FromHours(6);
    private long nextPruneTicks;

    public async Task<EventClaim> TryClaimAsync(string platform, string eventId, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await PruneIfDueAsync(connection, now, cancellationToken);
        var claimed = await Sql.ScalarAsync(connection, null,
            "INSERT INTO event_claims (platform, event_id, claimed_until) VALUES (@p, @e, @until) " +
            "ON CONFLICT (platform, event_id) DO UPDATE SET claimed_until = excluded.claimed_until " +
            "WHERE event_claims.completed_at IS NULL AND event_claims.claimed_until <= @now RETURNING 1", cancellationToken,
            ("p", platform), ("e", eventId), ("until", SqlValues.Moment(now + lease)), ("now", SqlValues.Moment(now)));
        if (claimed is not null)
        {
            return EventClaim.Claimed;
        }

        // A boolean in PostgreSQL, 0 or 1 in SQLite.
        var done = await Sql.ScalarAsync(connection, null, "SELECT completed_at IS NOT NULL FROM event_claims WHERE platform = @p AND event_id = @e", cancellationToken,
            ("p", platform), ("e", eventId));
        return done is not null && Convert.ToBoolean(done, System.Globalization.CultureInfo.InvariantCulture) ? EventClaim.Done : EventClaim.HeldElsewhere;
    }

    public async Task CompleteAsync(string platform, string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await Sql.ExecuteAsync(connection, null, "UPDATE event_claims SET completed_at = @now WHERE platform = @p AND event_id = @e", cancellationToken,
            ("p", platform), ("e", eventId), ("now", SqlValues.Moment(time.GetUtcNow())));
    }

    /// <summary>Claims older than the handled events' retention go: platforms redeliver within hours.</summary>
    private async Task PruneIfDueAsync(DbConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = Interlocked.Read(ref nextPruneTicks);
        if (now.UtcTicks >= due && Interlocked.CompareExchange(ref nextPruneTicks, now.UtcTicks + PruneInterval.Ticks, due) == due)
        {
            await Sql.ExecuteAsync(connection, null, "DELETE FROM event_claims WHERE claimed_until < @cutoff", cancellationToken,
                ("cutoff", SqlValues.Moment(now - SqlChatStateStore.HandledEventRetention)));
        }
    }
}
