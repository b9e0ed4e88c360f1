namespace FactCheck.Core.Feeds;

/// <summary>One request at a time per host, and at least a minimum time between the end of one and the start of the
/// next: a fact-checker's small WordPress site should never feel this bot.</summary>
/// <remarks>Shared by every run of the process, so the hosted service and a sync on demand do not double the pace.</remarks>
public sealed class HostGate(TimeSpan minDelay, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Slot> slots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host's turn; dispose the lease when the response has been read.</summary>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        Slot slot;
        lock (gate)
        {
            if (!slots.TryGetValue(host, out slot!))
            {
                slots[host] = slot = new Slot();
            }
        }

        await slot.Turn.WaitAsync(cancellationToken);
        try
        {
            var wait = slot.NextAt - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
        catch
        {
            slot.Turn.Release();
            throw;
        }

        return new Lease(this, slot);
    }

    private void Leave(Slot slot)
    {
        slot.NextAt = time.GetUtcNow() + minDelay;
        slot.Turn.Release();
    }

    private sealed class Slot
    {
        public SemaphoreSlim Turn { get; } = new(1, 1);

        public DateTimeOffset NextAt { get; set; }
    }

    private sealed class Lease(HostGate owner, Slot slot) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                owner.Leave(slot);
            }
        }
    }
}
