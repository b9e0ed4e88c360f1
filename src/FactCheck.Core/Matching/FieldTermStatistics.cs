namespace FactCheck.Core.Matching;

/// <summary>
/// Per language field: how many claims have the field and how many of those use each word. Every weight derived from
/// them (coverage IDF, the choice of field for an undetermined passage) counts only that language's claims, so claims
/// of other languages change nothing for it.
/// </summary>
internal sealed class FieldTermStatistics
{
    private readonly Dictionary<string, int>[] documentFrequency =
        LanguageAnalyzers.Fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();

    private readonly int[] claimCount = new int[LanguageAnalyzers.Fields.Length];

    /// <summary>Counts one claim's distinct terms per field (fields it has no term in are not counted).</summary>
    public void AddClaim(HashSet<string>[] termsByField)
    {
        for (var f = 0; f < termsByField.Length; f++)
        {
            if (termsByField[f].Count == 0)
            {
                continue;
            }

            claimCount[f]++;
            foreach (var t in termsByField[f])
            {
                documentFrequency[f][t] = documentFrequency[f].GetValueOrDefault(t) + 1;
            }
        }
    }

    /// <summary>True when some claim of the field uses the term.</summary>
    public bool Knows(int field, string term) => documentFrequency[field].ContainsKey(term);

    /// <summary>True when the field holds at least one claim.</summary>
    public bool HasClaims(int field) => claimCount[field] > 0;

    /// <summary>BM25's IDF of the term among the field's claims.</summary>
    public double Idf(int field, string term)
    {
        // A word no claim uses weighs as much as the rarest word that one does, not more: in a small store nearly every
        // word of a message is unknown, and an unbounded weight would drown what the passage shares with a claim.
        var df = Math.Max(1, documentFrequency[field].GetValueOrDefault(term));

        // N is the claims that have this language's field, not the whole store: otherwise every English claim added
        // raises the weight of every Indonesian word alike and flattens the differences coverage relies on.
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
                score += Math.Log((documentFrequency[f].GetValueOrDefault(t) + 0.1) / (claimCount[f] + 1.0));
            }

            if (score > bestScore)
            {
                (best, bestScore) = (f, score);
            }
        }

        return best;
    }
}
