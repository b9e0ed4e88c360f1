using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Lucene.Net.Search;

namespace FactCheck.Core.Matching;

/// <summary>
/// The BM25 score of every claim for each word of one message, read from the postings once per message, and each
/// passage's top claims summed from them. A long message is searched passage by passage (up to 200: the whole message,
/// its sentences, clauses and pairs of sentences), so a word recurs in several passages; Lucene read, decoded and
/// scored a common word's tens of thousands of postings again for each, and that was 60 % of a check at 1,000,000
/// claims after the term lookups were gone.
/// </summary>
/// <remarks>The same figures as Lucene's: each word's per-claim score comes from Lucene's own scorer (the same weight,
/// boost and norms), a claim's scores are added in double in the order of the query's clauses, as BooleanScorer adds
/// them, then cast to float; the kept list is the best by score, then by document, as TopScoreDocCollector keeps it.
/// Used by one check at a time (rent it from the index state).</remarks>
internal sealed class MessageTermScores
{
    private readonly Dictionary<(string Field, string Text, float Boost), TermPostings> known = [];
    // 8,192 documents a window (64 KB of sums), not BooleanScorer's 2,048: at 1,000,000 claims most words have a
    // posting or two in every window, so the cost per word and window weighed as much as the postings (long messages
    // 35.3 -> 30.6 ms of CPU a check; 32,768 gave 30.4). Tests use smaller windows to cross many of them.
    private const int DefaultWindowBits = 13;
    private readonly int windowMask;

    // Each window's sums, and a bit for each claim summed in it; zero between windows (sums of 64 at least: the vector
    // comparison reads a whole word's).
    private readonly double[] sums;
    private readonly ulong[] touched;

    private readonly PostingsCache shared;
    private readonly PostingsReader reader;

    public MessageTermScores(IndexSearcher searcher, PostingsCache shared, FieldNorms norms, int windowBits = DefaultWindowBits)
    {
        this.shared = shared;
        reader = new PostingsReader(searcher, norms);
        windowMask = (1 << windowBits) - 1;
        sums = new double[Math.Max(64, windowMask + 1)];
        touched = new ulong[Math.Max(1, (windowMask + 1) >> 6)];
    }

    /// <summary>The best <paramref name="count"/> documents for the query's clauses (term queries, each with its boost).</summary>
    /// <remarks>Compiled optimised from the first call: its loops otherwise ran for the first hundreds of passages in
    /// the tiered compiler's first-tier and on-stack-replacement code, half of this method's time in the `store` run.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ScoreDoc[] Top(BooleanQuery query, int count)
    {
        var lists = query.Clauses.Select(c => ScoresOf((TermQuery)c.Query)).ToArray();
        var cursors = new int[lists.Length];
        var firsts = new int[lists.Length];
        var heap = new TopDocs(count);
        ref var sum0 = ref MemoryMarshal.GetArrayDataReference(sums);
        ref var touched0 = ref MemoryMarshal.GetArrayDataReference(touched);

        // Window by window of documents, as BooleanScorer goes: the sums stay in a small table the cache holds, where
        // one array over every document missed the cache on nearly every posting.
        var windowMask = this.windowMask;
        var next = int.MaxValue;
        foreach (var list in lists)
        {
            next = list.Docs.Length > 0 ? Math.Min(next, list.Docs[0]) : next;
        }

        while (next != int.MaxValue)
        {
            var start = next & ~windowMask;
            var end = start + windowMask + 1;

            // The first document of the next window is found on the way: where each word's postings stop. Each claim's
            // sum runs in the clauses' order, as before, and its bit is set. Nothing waits for the previous posting:
            // noting each new claim in a list whose length depended on a branch on its stamp made every posting wait
            // for the one before (6.5-7 ns a posting in a synthetic passage of 30 words over 1,000,000 documents;
            // 3.3 now, and 1.1 for the sums alone).
            next = int.MaxValue;
            var postings = 0;
            for (var t = 0; t < lists.Length; t++)
            {
                var docs = lists[t].Docs;
                var scores = lists[t].Scores;
                var i = firsts[t] = cursors[t];
                for (; i < docs.Length; i++)
                {
                    var doc = docs[i];
                    if (doc >= end)
                    {
                        next = Math.Min(next, doc);
                        break;
                    }

                    var slot = doc & windowMask;
                    Unsafe.Add(ref sum0, slot) += scores[i];
                    Unsafe.Add(ref touched0, slot >> 6) |= 1UL << slot;
                }

                cursors[t] = i;
                postings += i - firsts[t];
            }

            // A window with few postings (a rare word's, or most windows of a short passage over a small field) is gone
            // over posting by posting, not word by word of its bitmap.
            if (postings < touched.Length)
            {
                OfferPostings(lists, firsts, cursors, heap, start);
            }
            else
            {
                OfferTouched(heap, start);
            }
        }

        return heap.Best();
    }

    // Offers the claims summed in the window (a bit each), each once, and sets their sums and bits back to zero. In a
    // word of the bitmap with many claims, the 64 sums are first compared with the worst kept score as vectors: once
    // the list is full, most claims fall below it, and then none is looked at one by one.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void OfferTouched(TopDocs heap, int start)
    {
        ref var sum0 = ref MemoryMarshal.GetArrayDataReference(sums);
        for (var w = 0; w < touched.Length; w++)
        {
            var bits = touched[w];
            if (bits == 0)
            {
                continue;
            }

            touched[w] = 0;
            var first = w << 6;
            if (BitOperations.PopCount(bits) > DenseWord && !float.IsNegativeInfinity(heap.Worst))
            {
                var best = Vector512<double>.Zero;
                for (var k = 0; k < 64; k += Vector512<double>.Count)
                {
                    best = Vector512.Max(best, Vector512.LoadUnsafe(ref sum0, (nuint)(first + k)));
                }

                if (!Vector512.GreaterThanAny(best, Vector512.Create(Bound(heap.Worst))))
                {
                    for (var k = 0; k < 64; k += Vector512<double>.Count)
                    {
                        Vector512<double>.Zero.StoreUnsafe(ref sum0, (nuint)(first + k));
                    }

                    continue;
                }
            }

            do
            {
                var slot = first | BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                ref var sum = ref Unsafe.Add(ref sum0, slot);

                // Most claims fall below the worst kept one: told by one comparison.
                var score = (float)sum;
                sum = 0;
                if (score >= heap.Worst)
                {
                    heap.Offer(start + slot, score);
                }
            }
            while (bits != 0);
        }
    }

    // Offers the claims of the window's postings, each once (its bit is cleared when it is met first), and sets their
    // sums back to zero.
    private void OfferPostings(TermPostings[] lists, int[] firsts, int[] ends, TopDocs heap, int start)
    {
        for (var t = 0; t < lists.Length; t++)
        {
            var docs = lists[t].Docs;
            for (var i = firsts[t]; i < ends[t]; i++)
            {
                var slot = docs[i] & windowMask;
                ref var bits = ref touched[slot >> 6];
                var bit = 1UL << slot;
                if ((bits & bit) != 0)
                {
                    bits &= ~bit;
                    ref var sum = ref sums[slot];
                    var score = (float)sum;
                    sum = 0;
                    if (score >= heap.Worst)
                    {
                        heap.Offer(start + slot, score);
                    }
                }
            }
        }
    }

    // A word of the bitmap with more claims than this is compared with the worst kept score as vectors first.
    private const int DenseWord = 12;

    // Below every double that rounds to a float at least the worst kept score: a word of sums all at most this has no
    // claim that can enter the list.
    private static double Bound(float worst) => (double)MathF.BitDecrement(worst);

    /// <summary>Forgets the words of this message (the index state's cache keeps their postings), ready for the next.</summary>
    public void Clear() => known.Clear();

    private TermPostings ScoresOf(TermQuery termQuery)
    {
        var key = (termQuery.Term.Field, termQuery.Term.Text, termQuery.Boost);
        if (known.TryGetValue(key, out var found))
        {
            return found;
        }

        if (!shared.TryGet(key, out found))
        {
            found = reader.Read(termQuery);
            shared.Add(key, found);
        }

        known[key] = found;
        return found;
    }
}
