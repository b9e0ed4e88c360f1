using FactCheck.Core.Tips;

namespace FactCheck.Core.Conversation;

/// <summary>Each user's last image that was offered to the reviewers, in memory only, so that /submit (or the button)
/// after it submits the image: an image is stored only once submitted, never for a plain check.</summary>
/// <remarks>Bounded both ways: an entry lives <see cref="Lifetime"/>, and beyond <see cref="MaxTotalBytes"/> of images
/// the oldest go first, so memory stays flat however many users send images. A restart forgets them: /submit then
/// submits the text only.</remarks>
public sealed class RecentImages(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    public const long MaxTotalBytes = 64L * 1024 * 1024;

    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private long totalBytes;

    /// <summary>Keeps <paramref name="image"/> as the user's last image, submitted with <paramref name="tipText"/>.</summary>
    public void Remember(string userKey, TipImage image, string tipText, string caption)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            Remove(userKey);
            entries[userKey] = new Entry(image, tipText, caption.Trim(), now + Lifetime, now);
            totalBytes += image.Bytes.Length;
            while (totalBytes > MaxTotalBytes && entries.Count > 1)
            {
                Remove(entries.MinBy(e => e.Value.At).Key);
            }
        }
    }

    /// <summary>The user's last image and its tip text when <paramref name="submitted"/> means it: nothing (a bare
    /// /submit, a photo without caption), the text its answer offered, or its caption. Taken out: submitted once.</summary>
    public (TipImage Image, string TipText)? Take(string userKey, string? submitted)
    {
        lock (gate)
        {
            if (!entries.TryGetValue(userKey, out var entry) || entry.Expires <= time.GetUtcNow())
            {
                Remove(userKey);
                return null;
            }

            var text = submitted?.Trim() ?? string.Empty;
            if (text.Length > 0 && text != entry.TipText && text != entry.Caption)
            {
                return null;
            }

            Remove(userKey);
            return (entry.Image, entry.TipText);
        }
    }

    /// <summary>Forgets the user's image (/forget).</summary>
    public void Forget(string userKey)
    {
        lock (gate)
        {
            Remove(userKey);
        }
    }

    private void Remove(string key)
    {
        if (entries.Remove(key, out var old))
        {
            totalBytes -= old.Image.Bytes.Length;
        }
    }

    private sealed record Entry(TipImage Image, string TipText, string Caption, DateTimeOffset Expires, DateTimeOffset At);
}
