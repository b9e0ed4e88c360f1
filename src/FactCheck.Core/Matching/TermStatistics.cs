using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace FactCheck.Core.Matching;

/// <summary>Document frequencies and word weights of one index state, read from Lucene's term dictionary and
/// remembered for one search (a passage's words are weighed against many candidates).</summary>
/// <remarks>Lucene counts a deleted or replaced document until its segment is merged, so after many updates a word's
/// frequency may be slightly high; BM25 itself reads the same numbers.</remarks>
internal sealed class TermStatistics(IndexReader reader, int documentCount)
{
    // A term dictionary seek costs microseconds and a message weighs each word against every candidate: one state of
    // the index remembers what it looked up (bounded; a state lives until the next change of the store).
    private const int MaxRemembered = 200_000;

    private readonly ConcurrentDictionary<string, int>[] frequencies =
        LanguageAnalyzers.Fields.Select(_ => new ConcurrentDictionary<string, int>(StringComparer.Ordinal)).ToArray();

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
        var n = documentCount;
        return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
    }
}
