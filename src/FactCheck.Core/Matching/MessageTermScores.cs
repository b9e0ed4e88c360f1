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
    // Negative when a is worse than b: a lower score, or the same score and a later document.
    private static readonly Comparer<(float Score, int Doc)> WorstFirst = Comparer<(float Score, int Doc)>.Create((a, b) =>
        a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc));

    private readonly IndexSearcher searcher;
    private readonly Dictionary<(string Field, string Text, float Boost), (int[] Docs, float[] Scores, int Count)> known = [];
    // 8,192 documents a window (96 KB of sums and stamps), not BooleanScorer's 2,048: at 1,000,000 claims most words
    // have a posting or two in every window, so the cost per word and window weighed as much as the postings (long
    // messages 35.3 -> 30.6 ms of CPU a check; 32,768 gave 30.4). Tests use smaller windows to cross many of them.
    private const int DefaultWindowBits = 13;
    private readonly int windowMask;

    private readonly double[] sums;
    private readonly int[] stamps;
    private readonly int[] touched;
    private int stamp;

    private readonly PostingsCache shared;
    private int[] readDocs = new int[1024];
    private float[] readScores = new float[1024];

    public MessageTermScores(IndexSearcher searcher, PostingsCache shared, int windowBits = DefaultWindowBits)
    {
        this.searcher = searcher;
        this.shared = shared;
        windowMask = (1 << windowBits) - 1;
        sums = new double[windowMask + 1];
        stamps = new int[windowMask + 1];
        touched = new int[windowMask + 1];
    }

    /// <summary>The best <paramref name="count"/> documents for the query's clauses (term queries, each with its boost).</summary>
    public ScoreDoc[] Top(BooleanQuery query, int count)
    {
        var lists = query.Clauses.Select(c => ScoresOf((TermQuery)c.Query)).ToArray();
        var cursors = new int[lists.Length];
        var heap = new PriorityQueue<int, (float Score, int Doc)>(count + 1, WorstFirst);
        var worst = float.NegativeInfinity;
        var sums = this.sums;
        var stamps = this.stamps;
        var touched = this.touched;

        // Window by window of documents, as BooleanScorer goes: the sums stay in a small table the cache holds, where
        // one array over every document missed the cache on nearly every posting.
        var windowMask = this.windowMask;
        var next = int.MaxValue;
        foreach (var list in lists)
        {
            next = list.Count > 0 ? Math.Min(next, list.Docs[0]) : next;
        }

        while (next != int.MaxValue)
        {
            var start = next & ~windowMask;
            var end = start + windowMask + 1;
            if (++stamp == int.MaxValue)
            {
                Array.Clear(stamps);
                stamp = 1;
            }

            // The first document of the next window is found on the way: where each word's postings stop.
            next = int.MaxValue;
            var touchedCount = 0;
            for (var t = 0; t < lists.Length; t++)
            {
                var (docs, scores, n) = lists[t];
                var i = cursors[t];
                for (; i < n; i++)
                {
                    var doc = docs[i];
                    if (doc >= end)
                    {
                        next = Math.Min(next, doc);
                        break;
                    }

                    var slot = doc & windowMask;
                    if (stamps[slot] != stamp)
                    {
                        stamps[slot] = stamp;
                        sums[slot] = scores[i];
                        touched[touchedCount++] = slot;
                    }
                    else
                    {
                        sums[slot] += scores[i];
                    }
                }

                cursors[t] = i;
            }

            for (var k = 0; k < touchedCount; k++)
            {
                // Most documents fall below the worst kept one: told by one comparison, not the heap's comparer.
                var slot = touched[k];
                var score = (float)sums[slot];
                if (score >= worst)
                {
                    Offer(heap, count, start + slot, score);
                    if (heap.Count == count && heap.TryPeek(out _, out var kept))
                    {
                        worst = kept.Score;
                    }
                }
            }
        }

        var best = new ScoreDoc[heap.Count];
        for (var i = best.Length - 1; i >= 0; i--)
        {
            heap.TryDequeue(out var doc, out var priority);
            best[i] = new ScoreDoc(doc, priority.Score);
        }

        return best;
    }

    /// <summary>Forgets the words of this message (the index state's cache keeps their postings), ready for the next.</summary>
    public void Clear() => known.Clear();

    private (int[] Docs, float[] Scores, int Count) ScoresOf(TermQuery termQuery)
    {
        var key = (termQuery.Term.Field, termQuery.Term.Text, termQuery.Boost);
        if (known.TryGetValue(key, out var found))
        {
            return found;
        }

        if (!shared.TryGet(key, out var postings))
        {
            postings = Read(termQuery);
            shared.Add(key, postings);
        }

        found = (postings.Docs, postings.Scores, postings.Docs.Length);
        known[key] = found;
        return found;
    }

    // The word's postings in document order with Lucene's own score of each, in arrays of their length.
    private (int[] Docs, float[] Scores) Read(TermQuery termQuery)
    {
        var weight = searcher.CreateNormalizedWeight(termQuery);
        var n = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                continue;
            }

            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (n == readDocs.Length)
                {
                    Array.Resize(ref readDocs, n * 2);
                    Array.Resize(ref readScores, n * 2);
                }

                readDocs[n] = leaf.DocBase + doc;
                readScores[n] = scorer.GetScore();
                n++;
            }
        }

        return (readDocs[..n], readScores[..n]);
    }

    // Kept when among the best by score, then the lower document, as Lucene's collector keeps them; the heap's top is
    // the worst kept.
    private static void Offer(PriorityQueue<int, (float Score, int Doc)> heap, int count, int doc, float score)
    {
        if (heap.Count < count)
        {
            heap.Enqueue(doc, (score, doc));
        }
        else if (heap.TryPeek(out _, out var worst) && WorstFirst.Compare((score, doc), worst) > 0)
        {
            heap.EnqueueDequeue(doc, (score, doc));
        }
    }
}
