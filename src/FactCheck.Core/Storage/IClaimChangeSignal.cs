namespace FactCheck.Core.Storage;

/// <summary>Wakes the index watcher when the store says claims changed (PostgreSQL's LISTEN/NOTIFY), so another
/// instance's claim is answered at once rather than at the next poll. A store without it is polled.</summary>
public interface IClaimChangeSignal
{
    /// <summary>Completes at the next change notice after the call, or when <paramref name="cancellationToken"/> fires.</summary>
    Task NextChangeAsync(CancellationToken cancellationToken);
}
