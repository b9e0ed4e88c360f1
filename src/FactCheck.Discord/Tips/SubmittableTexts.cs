using System.Security.Cryptography;

namespace FactCheck.Discord.Tips;

/// <summary>The texts behind the "Send to reviewers" buttons, in memory only and for a while: a checked text is stored
/// durably only once its user presses the button, and an ephemeral answer cannot be read back from Discord.</summary>
/// <remarks>Bounded both ways: entries expire after <see cref="Lifetime"/>, and beyond <see cref="Capacity"/> the
/// oldest go first. A restart forgets them all; the button then answers with how to use /submit.</remarks>
internal sealed class SubmittableTexts(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    public const int Capacity = 5000;

    private readonly Lock gate = new();
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();

    /// <summary>Keeps <paramref name="text"/> (checked in <paramref name="language"/>) and returns the key for the button.</summary>
    public string Add(string text, string language)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var now = time.GetUtcNow();
        lock (gate)
        {
            Evict(now);
            entries[key] = new Entry(text, language, now + Lifetime);
            order.Enqueue(key);
        }

        return key;
    }

    /// <summary>The text and language kept under <paramref name="key"/>, or null once it expired or was pushed out.</summary>
    public (string Text, string Language)? Find(string key)
    {
        lock (gate)
        {
            return entries.TryGetValue(key, out var entry) && entry.Expires > time.GetUtcNow() ? (entry.Text, entry.Language) : null;
        }
    }

    private void Evict(DateTimeOffset now)
    {
        while (order.Count > 0 && (order.Count >= Capacity || !entries.TryGetValue(order.Peek(), out var first) || first.Expires <= now))
        {
            entries.Remove(order.Dequeue());
        }
    }

    private sealed record Entry(string Text, string Language, DateTimeOffset Expires);
}
