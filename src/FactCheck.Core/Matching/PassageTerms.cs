namespace FactCheck.Core.Matching;

/// <summary>
/// The analysed terms of one passage in each searched field, weighed once per search: a passage is measured against
/// a hundred candidates and their phrasings, and weighing each claim word against the term dictionary for every
/// candidate made coverage most of a message's time (CLEF dev p50 6.8 -> 13.5 ms with the five-times-deeper list).
/// A claim's own weight (the sum over its words) is weighed once per index state, with its phrasings.
/// </summary>
internal sealed class PassageTerms
{
    private readonly Dictionary<string, double>[] weights;
    private readonly HashSet<string>[] frame;
    private readonly double[] contentWeight;
    private readonly List<(string, string)>[] pairs;

    public PassageTerms(List<string>?[] termsPerField, HashSet<string>[] frameTerms, TermStatistics stats)
    {
        weights = new Dictionary<string, double>[termsPerField.Length];
        frame = new HashSet<string>[termsPerField.Length];
        contentWeight = new double[termsPerField.Length];
        pairs = new List<(string, string)>[termsPerField.Length];
        for (var f = 0; f < termsPerField.Length; f++)
        {
            weights[f] = new Dictionary<string, double>(StringComparer.Ordinal);
            frame[f] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var t in termsPerField[f] ?? [])
            {
                if (weights[f].ContainsKey(t))
                {
                    continue;
                }

                var w = stats.Idf(f, t);
                weights[f][t] = w;

                // How a message reports a claim ("said", "according to", "dilansir", a weekday) is not what it claims.
                if (frameTerms[f].Contains(t))
                {
                    frame[f].Add(t);
                }
                else
                {
                    contentWeight[f] += w;
                }
            }

            // The passage's distinct terms in order of first use, as the claims' are stored: each two in a row.
            var ordered = (termsPerField[f] ?? []).Distinct(StringComparer.Ordinal).ToList();
            pairs[f] = [.. ordered.Zip(ordered.Skip(1))];
            TermCount = Math.Max(TermCount, ordered.Count);
        }
    }

    /// <summary>Distinct analysed terms of the passage in its richest searched field.</summary>
    public int TermCount { get; }

    /// <summary>How much of the claim the passage says, and how much of the passage is the claim, weighted by rarity
    /// (best phrasing wins); and how much of what that phrasing shares with the passage it shares as words in a row.</summary>
    public (double Coverage, double Proximity) Coverage(IReadOnlyList<PhrasingTerms> phrasings)
    {
        var best = 0.0;
        var proximity = 0.0;
        foreach (var phrasing in phrasings)
        {
            var f = phrasing.FieldIndex;
            double shared = 0, sharedFrame = 0;
            foreach (var (t, w) in weights[f])
            {
                if (phrasing.Terms.Contains(t))
                {
                    shared += w;
                    sharedFrame += frame[f].Contains(t) ? w : 0;
                }
            }

            if (shared <= 0 || phrasing.Weight <= 0)
            {
                continue;
            }

            var passageWeight = contentWeight[f] > 0 ? contentWeight[f] : shared;
            var claimCoverage = shared / phrasing.Weight;
            var passageCoverage = (shared - sharedFrame) / passageWeight;
            var coverage = Math.Pow(claimCoverage, 0.8) * Math.Pow(passageCoverage, 0.2);
            if (coverage > best)
            {
                best = coverage;
                proximity = InPairs(phrasing) / shared;
            }
        }

        return (best, proximity);
    }

    // The weight of the passage's terms that stand next to each other in the passage and in the phrasing.
    private double InPairs(PhrasingTerms phrasing)
    {
        var f = phrasing.FieldIndex;
        HashSet<string>? inPairs = null;
        foreach (var (a, b) in pairs[f])
        {
            if (phrasing.Pairs.Contains((a, b)))
            {
                inPairs ??= new HashSet<string>(StringComparer.Ordinal);
                inPairs.Add(a);
                inPairs.Add(b);
            }
        }

        return inPairs?.Sum(t => weights[f][t]) ?? 0;
    }
}
