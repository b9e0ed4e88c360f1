namespace FactCheck.Discord.Gateway;

/// <summary>Exponential backoff with jitter, capped; never gives up.</summary>
internal sealed class Backoff(TimeSpan start, TimeSpan cap)
{
    private TimeSpan? next;

    public TimeSpan Next()
    {
        var current = next ?? start;
        next = TimeSpan.FromTicks(Math.Min(cap.Ticks, current.Ticks * 2));

        // Jitter keeps many shards or bots from reconnecting in lockstep after an outage.
        return current * (0.5 + (Random.Shared.NextDouble() * 0.5));
    }

    public void Reset() => next = null;
}
