using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace FactCheck.Core.Matching;

/// <summary>Document frequencies and word weights of one index state, read from Lucene's term dictionary and
/// remembered for one search (a passage's words are weighed against many candidates).</summary>
/// <remarks>Lucene counts a deleted or replaced document until its segment is merged, so after many updates a word's
/// frequency may be slightly high; BM25 itself reads the same numbers.</remarks>
internal sealed class TermStatistics(IndexReader reader)
{
    // A term dictionary seek costs microseconds and a message weighs each word against every candidate: one state of
    // the index remembers what it looked up (bounded; a state lives until the next change of the store).
    private const int MaxRemembered = 200_000;

    private readonly ConcurrentDictionary<string, int>[] frequencies =
        LanguageAnalyzers.Fields.Select(_ => new ConcurrentDictionary<string, int>(StringComparer.Ordinal)).ToArray();

    // Claims per language field: each claim's phrasings live in their own language's field, so a word's weight in a
    // field counts only that language's claims (every English claim added once raised every Indonesian word's weight
    // alike and flattened the differences coverage relies on).
    private readonly int[] claimCount = LanguageAnalyzers.Fields.Select(reader.GetDocCount).ToArray();

    /// <summary>True when the field holds at least one claim.</summary>
    public bool HasClaims(int field) => claimCount[field] > 0;

    /// <summary>How many claims use the term in the field.</summary>
    public int DocumentFrequency(int field, string term)
    {
        var cache = frequencies[field];
        if (!cache.TryGetValue(term, out var df))
        {
            df = reader.DocFreq(new Term(LanguageAnalyzers.Fields[field], term));
            if (cache.Count >= MaxRemembered)
            {
                cache.Clear();
            }

            cache[term] = df;
        }

        return df;
    }

    /// <summary>The weight of a term in a field.</summary>
    public double Idf(int field, string term)
    {
        // A word no claim uses weighs as much as the rarest word that one does, not more: in a small store nearly every
        // word of a message is unknown, and an unbounded weight would drown what the passage shares with a claim.
        var df = Math.Max(1, DocumentFrequency(field, term));
        var n = Math.Max(claimCount[field], df);
        return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
    }

    /// <summary>
    /// The field whose claims' words the passage most likely comes from (a unigram model of each field's document
    /// frequencies): a message without a single function word ("Ijazah SMA Gibran? Mana?") is searched in one
    /// language, not in all of them, where the largest language's claims would win on names alone.
    /// </summary>
    public int LikeliestField(LanguageAnalyzers analyzers, string normalizedPassage)
    {
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
                score += Math.Log((DocumentFrequency(f, t) + 0.1) / (claimCount[f] + 1.0));
            }

            if (score > bestScore)
            {
                (best, bestScore) = (f, score);
            }
        }

        return best;
    }
}
