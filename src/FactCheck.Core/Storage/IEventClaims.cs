namespace FactCheck.Core.Storage;

/// <summary>Platform events claimed in the store, so that of several instances given the same event (a redelivery, a
/// load balancer) exactly one handles it, and an instance killed mid-event does not keep it from being handled.</summary>
public interface IEventClaims
{
    /// <summary>Claims the event for <paramref name="lease"/> unless it was completed or another claim on it still runs.</summary>
    Task<EventClaim> TryClaimAsync(string platform, string eventId, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks a claimed event handled: it is never claimed again (kept as long as handled events are).</summary>
    Task CompleteAsync(string platform, string eventId, CancellationToken cancellationToken);
}
