namespace FactCheck.Telegram.Hosting;

/// <summary>Exponential backoff with jitter after failures, reset on success.</summary>
internal sealed class Backoff(TimeSpan max)
{
    private static readonly TimeSpan First = TimeSpan.FromMilliseconds(500);
    private TimeSpan next = First;

    public void Reset() => next = First;

    public async Task WaitAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        // Jitter keeps many instances from hammering the API in step after a shared outage.
        var delay = next * (0.75 + (Random.Shared.NextDouble() / 2));
        next = TimeSpan.FromTicks(Math.Min(next.Ticks * 2, max.Ticks));
        await Task.Delay(delay, time, cancellationToken);
    }
}
