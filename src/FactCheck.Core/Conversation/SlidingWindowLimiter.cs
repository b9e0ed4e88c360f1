namespace FactCheck.Core.Conversation;

/// <summary>At most N actions per key (a platform's user, a group) in any window of the given length; kept in memory.</summary>
public sealed class SlidingWindowLimiter(int limit, TimeSpan window, TimeProvider time)
{
    private const int PruneAbove = 10_000;
    private readonly Lock gate = new();
    private readonly Dictionary<string, Window> windows = [];

    public LimitResult TryAcquire(string key)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            if (windows.Count > PruneAbove)
            {
                foreach (var stale in windows.Where(w => w.Value.IsIdle(now - window)).Select(w => w.Key).ToList())
                {
                    windows.Remove(stale);
                }
            }

            if (!windows.TryGetValue(key, out var w))
            {
                w = new Window();
                windows[key] = w;
            }

            while (w.Stamps.Count > 0 && w.Stamps.Peek() <= now - window)
            {
                w.Stamps.Dequeue();
                w.Told = false;
            }

            if (w.Stamps.Count < limit)
            {
                w.Stamps.Enqueue(now);
                return LimitResult.Allowed;
            }

            if (w.Told)
            {
                return LimitResult.Refused;
            }

            w.Told = true;
            return LimitResult.RefusedFirst;
        }
    }

    private sealed class Window
    {
        public Queue<DateTimeOffset> Stamps { get; } = new();

        public bool Told { get; set; }

        public bool IsIdle(DateTimeOffset since) => Stamps.Count == 0 || Stamps.Last() <= since;
    }
}
