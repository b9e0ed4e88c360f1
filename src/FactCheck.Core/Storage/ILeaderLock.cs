namespace FactCheck.Core.Storage;

/// <summary>A named lock of which one instance at a time is the holder: the Telegram poller, which only one instance
/// may run. The others try again; when the holder dies its lock is freed by the store and another takes over.</summary>
public interface ILeaderLock
{
    /// <summary>The lock, when no one else holds it; null otherwise. Disposing it lets go.</summary>
    Task<ILeadership?> TryAcquireAsync(string name, CancellationToken cancellationToken);
}
