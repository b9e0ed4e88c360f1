namespace FactCheck.Core.Matching;

/// <summary>Each word's postings with their BM25 scores, as <see cref="MessageTermScores"/> reads them, kept for the
/// next messages of the same index state: messages share their words (the same names, places and hoax phrasings), and
/// reading and scoring a word's postings was a quarter of a long message's CPU at 1,000,000 claims.</summary>
/// <remarks>A word's scores depend only on the index state, the word and its boost (each word is weighed alone, as
/// the passage search always did), so a kept entry is what reading it again would give. Bounded by the postings held:
/// past the capacity the words used longest ago are forgotten until a quarter is free. It used to be emptied whole at
/// 8,000,000 postings: at 1,000,000 claims the 920 dev messages emptied it 8 times and read 63 million postings again,
/// a quarter of the passage search's CPU; the postings of every word of the index at 1,000,000 claims are about 40
/// million.</remarks>
internal sealed class PostingsCache(long capacity = PostingsCache.DefaultCapacity)
{
    /// <summary>Postings held at most by default (8 bytes each: 256 MB).</summary>
    public const long DefaultCapacity = 32_000_000;

    private readonly Dictionary<(string Field, string Text, float Boost), TermPostings> entries = [];
    private readonly System.Threading.Lock gate = new();
    private long held;
    private long clock;

    /// <summary>Postings held now.</summary>
    public long Held
    {
        get
        {
            lock (gate)
            {
                return held;
            }
        }
    }

    public bool TryGet((string Field, string Text, float Boost) key, out TermPostings postings)
    {
        lock (gate)
        {
            if (entries.TryGetValue(key, out postings!))
            {
                postings.LastUse = ++clock;
                return true;
            }

            return false;
        }
    }

    public void Add((string Field, string Text, float Boost) key, TermPostings postings)
    {
        lock (gate)
        {
            postings.LastUse = ++clock;
            if (entries.TryGetValue(key, out var before))
            {
                held -= before.Docs.Length;
            }

            entries[key] = postings;
            held += postings.Docs.Length;
            if (held > capacity)
            {
                Shrink();
            }
        }
    }

    // The least recently used words go first, until a quarter of the capacity is free (so that a full cache is not
    // sorted again for every word a message adds). Under the lock: this runs once per tens of millions of postings.
    private void Shrink()
    {
        var target = capacity - (capacity / 4);
        foreach (var (key, postings) in entries.OrderBy(e => e.Value.LastUse).ToList())
        {
            if (held <= target)
            {
                break;
            }

            entries.Remove(key);
            held -= postings.Docs.Length;
        }
    }
}
