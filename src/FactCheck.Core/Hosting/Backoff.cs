namespace FactCheck.Core.Hosting;

/// <summary>Exponential backoff with jitter, capped, reset on success; never gives up. One for every adapter's
/// reconnect and retry loops.</summary>
public sealed class Backoff(TimeSpan start, TimeSpan cap)
{
    private TimeSpan? next;

    /// <summary>The next delay: half to all of the current step, which then doubles up to the cap.</summary>
    public TimeSpan Next()
    {
        var current = next ?? start;
        next = TimeSpan.FromTicks(Math.Min(cap.Ticks, current.Ticks * 2));

        // Jitter keeps many shards, bots or instances from retrying in lockstep after a shared outage.
        return current * (0.5 + (Random.Shared.NextDouble() * 0.5));
    }

    /// <summary>Waits the next delay on <paramref name="time"/>.</summary>
    public Task WaitAsync(TimeProvider time, CancellationToken cancellationToken) => Task.Delay(Next(), time, cancellationToken);

    /// <summary>After a success: start again from the first step.</summary>
    public void Reset() => next = null;
}
