using System.Collections.Concurrent;

namespace FactCheck.Discord.Rest;

/// <summary>Discord's REST limits: per-route buckets learnt from the headers, the global pause, and 50 requests a second.</summary>
internal sealed class RestRateLimiter(TimeProvider time)
{
    private const int GlobalPerSecond = 50;

    private readonly ConcurrentDictionary<string, string> bucketOfRoute = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new();
    private readonly Lock globalGate = new();
    private readonly Queue<DateTimeOffset> recent = new();
    private DateTimeOffset globalUntil;

    /// <summary>Waits until a request on this route may be sent.</summary>
    public async Task WaitAsync(RestRequest request, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        while ((wait = ReserveGlobal()) > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        while ((wait = BucketOf(request).Reserve(time.GetUtcNow())) > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Learns from an answer's X-RateLimit-* headers.</summary>
    public void Observe(RestRequest request, string? bucket, int? remaining, TimeSpan? resetAfter)
    {
        if (bucket is not null)
        {
            bucketOfRoute[request.Route] = bucket;
        }

        BucketOf(request).Update(remaining, resetAfter is { } after ? time.GetUtcNow() + after : null);
    }

    /// <summary>After a 429: pause every request (global) or this bucket for <paramref name="retryAfter"/>.</summary>
    public void Limited(RestRequest request, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (globalGate)
            {
                globalUntil = until > globalUntil ? until : globalUntil;
            }
        }
        else
        {
            BucketOf(request).Update(0, until);
        }
    }

    private RateLimitBucket BucketOf(RestRequest request)
    {
        // Routes sharing a bucket hash share a limit, split again by their major parameter.
        var key = (bucketOfRoute.TryGetValue(request.Route, out var hash) ? hash : request.Route) + "|" + request.MajorId;
        return buckets.GetOrAdd(key, _ => new RateLimitBucket());
    }

    private TimeSpan ReserveGlobal()
    {
        lock (globalGate)
        {
            var now = time.GetUtcNow();
            if (globalUntil > now)
            {
                return globalUntil - now;
            }

            while (recent.Count > 0 && now - recent.Peek() >= TimeSpan.FromSeconds(1))
            {
                recent.Dequeue();
            }

            if (recent.Count >= GlobalPerSecond)
            {
                return recent.Peek() + TimeSpan.FromSeconds(1) - now;
            }

            recent.Enqueue(now);
            return TimeSpan.Zero;
        }
    }
}
