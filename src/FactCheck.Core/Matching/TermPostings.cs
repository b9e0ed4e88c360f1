namespace FactCheck.Core.Matching;

/// <summary>One word's postings in one index state as <see cref="MessageTermScores"/> sums them: the documents in order,
/// each with Lucene's own score of the word (its weight, boost and the document's norm), and when it was last used.</summary>
internal sealed class TermPostings(int[] docs, float[] scores)
{
    /// <summary>The documents holding the word, ascending.</summary>
    public int[] Docs { get; } = docs;

    /// <summary>The word's score in each of <see cref="Docs"/>.</summary>
    public float[] Scores { get; } = scores;

    /// <summary>The cache's clock when a search last took it (<see cref="PostingsCache"/> forgets the oldest first).</summary>
    public long LastUse;
}
