namespace FactCheck.Core.Tips.Outbox;

/// <summary>Counts the outbox's completed delivery passes per platform, so that whoever must know "everything pending
/// has been tried" (a test's barrier, a health check) waits for a pass instead of for the clock.</summary>
public sealed class TipOutboxProgress
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, long> passes = new(StringComparer.Ordinal);
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>How many passes of <paramref name="platform"/> have completed.</summary>
    public long Count(string platform)
    {
        lock (gate)
        {
            return passes.GetValueOrDefault(platform);
        }
    }

    /// <summary>Called by the delivery loop after each pass (done, failed or deferred).</summary>
    public void Completed(string platform)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            passes[platform] = passes.GetValueOrDefault(platform) + 1;
            done = changed;
            changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    /// <summary>Waits until <paramref name="platform"/> has completed at least <paramref name="count"/> passes.</summary>
    public async Task WaitForAsync(string platform, long count, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (passes.GetValueOrDefault(platform) >= count)
                {
                    return;
                }

                next = changed.Task;
            }

            await next.WaitAsync(cancellationToken);
        }
    }
}
