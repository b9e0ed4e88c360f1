namespace FactCheck.Tests.Shared;

/// <summary>A fake server's "something was recorded" signal: completed and replaced at every change, so a test waits
/// for an event, not a clock.</summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next change; take it before looking, so that a change in between is not missed.</summary>
    public Task Next => Volatile.Read(ref next).Task;

    /// <summary>Something changed: wakes everyone waiting.</summary>
    public void Raise() => Interlocked.Exchange(ref next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Waits for <paramref name="next"/>, at most until <paramref name="deadline"/>; false once it has passed.</summary>
    public static async Task<bool> BeforeAsync(Task next, DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        if (left <= TimeSpan.Zero)
        {
            return false;
        }

        try
        {
            await next.WaitAsync(left);
        }
        catch (TimeoutException)
        {
            // The caller looks once more, then gives up.
        }

        return true;
    }
}
