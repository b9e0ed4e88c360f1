namespace FactCheck.Core.Storage;

/// <summary>A held <see cref="ILeaderLock"/>; disposing it releases the lock.</summary>
public interface ILeadership : IAsyncDisposable
{
    /// <summary>Cancelled when the lock can no longer be vouched for (the store's connection broke): stop leading at once,
    /// since another instance may take over.</summary>
    CancellationToken Lost { get; }
}
