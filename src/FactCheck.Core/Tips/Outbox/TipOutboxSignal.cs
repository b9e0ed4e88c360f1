namespace FactCheck.Core.Tips.Outbox;

/// <summary>Wakes every outbox sender when notifications were enqueued in this process, so askers hear within a second
/// rather than at the next poll (rows enqueued by another process, an `import`, wait for the poll).</summary>
/// <remarks>A sender takes <see cref="NextPulse"/> BEFORE its delivery pass and waits on it after: a pulse during the
/// pass then completes the task it holds, so no pulse is missed.</remarks>
public sealed class TipOutboxSignal
{
    private TaskCompletionSource next = NewSource();

    /// <summary>Completes at the next <see cref="Pulse"/>.</summary>
    public Task NextPulse => Volatile.Read(ref next).Task;

    /// <summary>Says that there may be new notifications.</summary>
    public void Pulse() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
