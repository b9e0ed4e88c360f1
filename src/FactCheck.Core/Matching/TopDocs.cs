using Lucene.Net.Search;

namespace FactCheck.Core.Matching;

/// <summary>The best documents offered so far, by score then by the lower document, as Lucene's TopScoreDocCollector
/// keeps them: a binary heap of fixed size whose root is the worst kept one. Written out for
/// <see cref="MessageTermScores"/>, where a PriorityQueue with a comparer delegate over tuples cost about a tenth of the
/// summing (hundreds of offers a passage).</summary>
internal sealed class TopDocs(int size)
{
    private readonly float[] scores = new float[Math.Max(1, size)];
    private readonly int[] docs = new int[Math.Max(1, size)];
    private int count;

    /// <summary>The score a document must reach to be kept (a tie is then decided by the document): the worst kept
    /// score once full, negative infinity before.</summary>
    public float Worst { get; private set; } = float.NegativeInfinity;

    /// <summary>Keeps the document if it is among the best so far.</summary>
    public void Offer(int doc, float score)
    {
        if (size <= 0)
        {
            return;
        }

        if (count < size)
        {
            // Sift up from the new leaf.
            var i = count++;
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (!Worse(score, doc, scores[parent], docs[parent]))
                {
                    break;
                }

                scores[i] = scores[parent];
                docs[i] = docs[parent];
                i = parent;
            }

            scores[i] = score;
            docs[i] = doc;
        }
        else if (Worse(scores[0], docs[0], score, doc))
        {
            SiftDown(doc, score);
        }
        else
        {
            return;
        }

        if (count == size)
        {
            Worst = scores[0];
        }
    }

    /// <summary>The kept documents, best first.</summary>
    public ScoreDoc[] Best()
    {
        var best = new ScoreDoc[count];
        for (var i = best.Length - 1; i >= 0; i--)
        {
            best[i] = new ScoreDoc(docs[0], scores[0]);
            count--;
            if (count > 0)
            {
                SiftDown(docs[count], scores[count]);
            }
        }

        return best;
    }

    // a is worse than b: a lower score, or the same score and a later document.
    private static bool Worse(float scoreA, int docA, float scoreB, int docB) =>
        scoreA < scoreB || (scoreA == scoreB && docA > docB);

    // Puts (doc, score) at the root and moves it down to its place among the first count entries.
    private void SiftDown(int doc, float score)
    {
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }

            if (child + 1 < count && Worse(scores[child + 1], docs[child + 1], scores[child], docs[child]))
            {
                child++;
            }

            if (!Worse(scores[child], docs[child], score, doc))
            {
                break;
            }

            scores[i] = scores[child];
            docs[i] = docs[child];
            i = child;
        }

        scores[i] = score;
        docs[i] = doc;
    }
}
