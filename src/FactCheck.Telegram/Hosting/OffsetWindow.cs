namespace FactCheck.Telegram.Hosting;

/// <summary>The updates polling received and which of them are done: the offset moves only over an unbroken run of done
/// updates, so it never passes one still being handled, or one never started.</summary>
internal sealed class OffsetWindow(int? offset)
{
    private readonly Lock gate = new();
    private readonly SortedSet<int> received = [];
    private readonly HashSet<int> done = [];
    private TaskCompletionSource moved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int? offset = offset;
    private int? stored = offset;

    /// <summary>The first update not known to be done: what getUpdates asks for (confirming everything below it) and what is stored.</summary>
    public int? Offset
    {
        get
        {
            lock (gate)
            {
                return offset;
            }
        }
    }

    /// <summary>True for an update to dispatch: not below the offset and not received before (Telegram re-sends unconfirmed ones).</summary>
    public bool TryAdmit(int updateId)
    {
        lock (gate)
        {
            return !(updateId < offset) && received.Add(updateId);
        }
    }

    /// <summary>Marks an update done and moves the offset over every done update at its front.</summary>
    public void Finish(int updateId)
    {
        TaskCompletionSource? signal = null;
        lock (gate)
        {
            done.Add(updateId);
            while (received.Count > 0 && done.Remove(received.Min))
            {
                offset = received.Min + 1;
                received.Remove(received.Min);
                signal = moved;
            }

            if (signal is not null)
            {
                moved = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        signal?.TrySetResult();
    }

    /// <summary>The offset when it moved since the last call, to be stored; null when there is nothing new to store.</summary>
    public int? TakeUnstored()
    {
        lock (gate)
        {
            if (offset is not { } current || current == stored)
            {
                return null;
            }

            stored = current;
            return current;
        }
    }

    /// <summary>Waits until the offset moves, or <paramref name="atMost"/> has passed.</summary>
    public async Task WaitForMoveAsync(TimeSpan atMost, TimeProvider time, CancellationToken cancellationToken)
    {
        Task signal;
        lock (gate)
        {
            signal = moved.Task;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(signal, Task.Delay(atMost, time, stop.Token));
        await stop.CancelAsync();
    }
}
