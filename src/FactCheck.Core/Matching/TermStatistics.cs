using Lucene.Net.Index;

namespace FactCheck.Core.Matching;

/// <summary>Document frequencies and word weights of one index state, read from Lucene's term dictionary once per term
/// (<see cref="TermTable"/>): a passage's words are weighed against many candidates, and the candidates' own words too.</summary>
/// <remarks>Lucene counts a deleted or replaced document until its segment is merged, so after many updates a word's
/// frequency may be slightly high; BM25 itself reads the same numbers.</remarks>
internal sealed class TermStatistics
{
    private readonly IndexReader reader;

    // Claims per language field: each claim's phrasings live in their own language's field, so a word's weight in a
    // field counts only that language's claims (every English claim added once raised every Indonesian word's weight
    // alike and flattened the differences coverage relies on).
    private readonly int[] claimCount;

    private TermTable table;

    public TermStatistics(IndexReader reader)
    {
        this.reader = reader;
        claimCount = LanguageAnalyzers.Fields.Select(reader.GetDocCount).ToArray();
        table = new TermTable(reader, claimCount);
    }

    /// <summary>The table of this state's terms for one search: every number a search reads comes from the same table.
    /// A full table is replaced by an empty one; searches holding the old one finish with it.</summary>
    public TermTable Table
    {
        get
        {
            var current = Volatile.Read(ref table);
            if (current.Count < TermTable.MaxTerms)
            {
                return current;
            }

            var fresh = new TermTable(reader, claimCount);
            Interlocked.CompareExchange(ref table, fresh, current);
            return Volatile.Read(ref table);
        }
    }

    /// <summary>True when the field holds at least one claim.</summary>
    public bool HasClaims(int field) => claimCount[field] > 0;

    /// <summary>
    /// The field whose claims' words the passage most likely comes from (a unigram model of each field's document
    /// frequencies): a message without a single function word ("Ijazah SMA Gibran? Mana?") is searched in one
    /// language, not in all of them, where the largest language's claims would win on names alone.
    /// </summary>
    public int LikeliestField(LanguageAnalyzers analyzers, string normalizedPassage)
    {
        var terms = Table;
        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var f = 0; f < LanguageAnalyzers.Fields.Length; f++)
        {
            if (claimCount[f] == 0)
            {
                continue;
            }

            var score = 0.0;
            foreach (var t in analyzers.Terms(LanguageAnalyzers.Fields[f], normalizedPassage))
            {
                score += Math.Log((terms.DocumentFrequency(terms.IdOf(f, t)) + 0.1) / (claimCount[f] + 1.0));
            }

            if (score > bestScore)
            {
                (best, bestScore) = (f, score);
            }
        }

        return best;
    }
}
