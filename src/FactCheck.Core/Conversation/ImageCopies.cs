namespace FactCheck.Core.Conversation;

/// <summary>The bytes of the images this instance read and offered to the reviewers, so that a submission reaching it
/// fetches nothing again: each copy lives as long as its offer, and beyond <c>maxTotalBytes</c> the oldest go first,
/// so memory stays flat however many users send images.</summary>
internal sealed class ImageCopies(TimeSpan lifetime, long maxTotalBytes)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Copy> copies = new(StringComparer.Ordinal);
    private long totalBytes;

    /// <summary>Keeps <paramref name="bytes"/> (whose SHA-256 is <paramref name="sha"/>) as <paramref name="key"/>'s copy.</summary>
    public void Keep(string key, byte[] bytes, string sha, DateTimeOffset now)
    {
        lock (gate)
        {
            // Lapsed copies go first: no image bytes outlive their offer (a few entries to look at, one per recent user).
            foreach (var lapsed in copies.Where(c => c.Value.Expires <= now).Select(c => c.Key).ToList())
            {
                RemoveLocked(lapsed);
            }

            RemoveLocked(key);
            copies[key] = new Copy(bytes, sha, now + lifetime, now);
            totalBytes += bytes.Length;
            while (totalBytes > maxTotalBytes && copies.Count > 1)
            {
                RemoveLocked(copies.MinBy(e => e.Value.At).Key);
            }
        }
    }

    /// <summary>Takes out <paramref name="key"/>'s copy: its bytes when they are those of the offer just taken
    /// (<paramref name="sha"/>) and have not lapsed, else null (an earlier image's copy is dropped all the same).</summary>
    public byte[]? Take(string key, string sha, DateTimeOffset now)
    {
        lock (gate)
        {
            var copy = copies.GetValueOrDefault(key);
            RemoveLocked(key);
            return copy is not null && copy.Sha256 == sha && copy.Expires > now ? copy.Bytes : null;
        }
    }

    /// <summary>Drops <paramref name="key"/>'s copy, if any.</summary>
    public void Remove(string key)
    {
        lock (gate)
        {
            RemoveLocked(key);
        }
    }

    private void RemoveLocked(string key)
    {
        if (copies.Remove(key, out var old))
        {
            totalBytes -= old.Bytes.Length;
        }
    }

    private sealed record Copy(byte[] Bytes, string Sha256, DateTimeOffset Expires, DateTimeOffset At);
}
