using System.Buffers;
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
    private readonly double[] sums;
    private readonly int[] stamps;
    private readonly List<int> touched = [];
    private int stamp;

    public MessageTermScores(IndexSearcher searcher)
    {
        this.searcher = searcher;
        sums = new double[searcher.IndexReader.MaxDoc];
        stamps = new int[searcher.IndexReader.MaxDoc];
    }

    /// <summary>The best <paramref name="count"/> documents for the query's clauses (term queries, each with its boost).</summary>
    public ScoreDoc[] Top(BooleanQuery query, int count)
    {
        if (++stamp == int.MaxValue)
        {
            Array.Clear(stamps);
            stamp = 1;
        }

        touched.Clear();
        foreach (var clause in query.Clauses)
        {
            var (docs, scores, n) = ScoresOf((TermQuery)clause.Query);
            for (var i = 0; i < n; i++)
            {
                var doc = docs[i];
                if (stamps[doc] != stamp)
                {
                    stamps[doc] = stamp;
                    sums[doc] = 0;
                    touched.Add(doc);
                }

                sums[doc] += scores[i];
            }
        }

        return Best(count);
    }

    /// <summary>Gives the postings read for this message back to the pool, ready for the next message.</summary>
    public void Clear()
    {
        foreach (var (docs, scores, _) in known.Values)
        {
            ArrayPool<int>.Shared.Return(docs);
            ArrayPool<float>.Shared.Return(scores);
        }

        known.Clear();
    }

    private (int[] Docs, float[] Scores, int Count) ScoresOf(TermQuery termQuery)
    {
        var key = (termQuery.Term.Field, termQuery.Term.Text, termQuery.Boost);
        if (known.TryGetValue(key, out var found))
        {
            return found;
        }

        var weight = searcher.CreateNormalizedWeight(termQuery);
        var docs = ArrayPool<int>.Shared.Rent(16);
        var scores = ArrayPool<float>.Shared.Rent(16);
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
                if (n == docs.Length)
                {
                    (docs, scores) = (Grow(docs, n), Grow(scores, n));
                }

                docs[n] = leaf.DocBase + doc;
                scores[n] = scorer.GetScore();
                n++;
            }
        }

        found = (docs, scores, n);
        known[key] = found;
        return found;
    }

    // The best by score, then the lower document, as Lucene's collector keeps them; a heap whose top is the worst kept.
    private ScoreDoc[] Best(int count)
    {
        var heap = new PriorityQueue<int, (float Score, int Doc)>(count + 1, WorstFirst);
        foreach (var doc in touched)
        {
            var score = (float)sums[doc];
            if (heap.Count < count)
            {
                heap.Enqueue(doc, (score, doc));
            }
            else if (heap.TryPeek(out _, out var worst) && WorstFirst.Compare((score, doc), worst) > 0)
            {
                heap.EnqueueDequeue(doc, (score, doc));
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

    private static T[] Grow<T>(T[] array, int used)
    {
        var larger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        Array.Copy(array, larger, used);
        ArrayPool<T>.Shared.Return(array);
        return larger;
    }
}
