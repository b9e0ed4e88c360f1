using System.Collections.Concurrent;

namespace FactCheck.Core.Matching;

/// <summary>Each word's postings with their BM25 scores, as <see cref="MessageTermScores"/> reads them, kept for the
/// next messages of the same index state: messages share their words (the same names, places and hoax phrasings), and
/// reading and scoring a word's postings was a quarter of a long message's CPU at 1,000,000 claims.</summary>
/// <remarks>A word's scores depend only on the index state, the word and its boost (each word is weighed alone, as
/// the passage search always did), so a kept entry is what reading it again would give. Bounded by the postings held:
/// past <see cref="Capacity"/> it is emptied whole, like the other caches of an index state.</remarks>
internal sealed class PostingsCache
{
    /// <summary>Postings held at most (8 bytes each: 64 MB).</summary>
    public const long Capacity = 8_000_000;

    private readonly ConcurrentDictionary<(string Field, string Text, float Boost), (int[] Docs, float[] Scores)> entries = new();
    private long held;

    public bool TryGet((string Field, string Text, float Boost) key, out (int[] Docs, float[] Scores) postings) =>
        entries.TryGetValue(key, out postings);

    public void Add((string Field, string Text, float Boost) key, (int[] Docs, float[] Scores) postings)
    {
        // Counted here, not by the dictionary (its Count takes every lock); two checks adding at once may overshoot a
        // little before one of them empties it.
        if (Interlocked.Add(ref held, postings.Docs.Length) > Capacity)
        {
            entries.Clear();
            Interlocked.Exchange(ref held, postings.Docs.Length);
        }

        entries[key] = postings;
    }
}
