namespace FactCheck.Discord.Rest;

/// <summary>What Discord last said about one bucket: requests left and when it refills.</summary>
internal sealed class RateLimitBucket
{
    private readonly Lock gate = new();
    private int? remaining;
    private DateTimeOffset resetAt;

    /// <summary>Takes one request from the bucket; returns how long to wait first (zero when it may go now).</summary>
    public TimeSpan Reserve(DateTimeOffset now)
    {
        lock (gate)
        {
            if (remaining is 0 && resetAt > now)
            {
                return resetAt - now;
            }

            if (remaining is 0)
            {
                // The reset time has passed: unknown until the next answer says.
                remaining = null;
            }
            else if (remaining is > 0)
            {
                remaining--;
            }

            return TimeSpan.Zero;
        }
    }

    public void Update(int? left, DateTimeOffset? reset)
    {
        lock (gate)
        {
            if (left is not null)
            {
                remaining = left;
            }

            if (reset is not null)
            {
                resetAt = reset.Value;
            }
        }
    }
}
