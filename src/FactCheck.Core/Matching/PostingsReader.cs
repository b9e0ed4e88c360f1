using Lucene.Net.Search;

namespace FactCheck.Core.Matching;

/// <summary>Reads a word's postings with Lucene's own score of each, for <see cref="MessageTermScores"/> and the
/// <see cref="PostingsCache"/>. Used by one thread at a time (its buffers are reused).</summary>
internal sealed class PostingsReader(IndexSearcher searcher, FieldNorms norms)
{
    // A word's score by frequency (below this) and norm byte, while its postings are read.
    private const int ScoredFrequencies = 16;
    private readonly float[] knownScores = new float[ScoredFrequencies << 8];
    private int[] readDocs = new int[1024];
    private float[] readScores = new float[1024];

    /// <summary>The word's postings in document order with Lucene's own score of each, in arrays of their length.</summary>
    /// <remarks>BM25 scores a posting from its frequency and its document's norm byte alone, so each pair is scored by
    /// Lucene once a word and segment and looked up after that (a frequency above the table's is scored each time).
    /// Asking Lucene's doc values for every posting's norm, through three virtual calls, was a third of the read.</remarks>
    public TermPostings Read(TermQuery termQuery)
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

            var normOf = norms.Of(leaf, termQuery.Term.Field);
            Array.Fill(knownScores, float.NaN);
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (n == readDocs.Length)
                {
                    Array.Resize(ref readDocs, n * 2);
                    Array.Resize(ref readScores, n * 2);
                }

                readDocs[n] = leaf.DocBase + doc;
                var freq = scorer.Freq;
                if (normOf is not null && freq < ScoredFrequencies)
                {
                    ref var score = ref knownScores[(freq << 8) | normOf[doc]];
                    if (float.IsNaN(score))
                    {
                        score = scorer.GetScore();
                    }

                    readScores[n] = score;
                }
                else
                {
                    readScores[n] = scorer.GetScore();
                }

                n++;
            }
        }

        return new TermPostings(readDocs[..n], readScores[..n]);
    }
}
