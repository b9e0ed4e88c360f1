namespace FactCheck.Core.Matching;

/// <summary>
/// The analysed terms of one passage in each searched field, weighed once per search: a passage is measured against
/// a hundred candidates and their phrasings, and weighing each claim word against the term dictionary for every
/// candidate made coverage most of a message's time (CLEF dev p50 6.8 -> 13.5 ms with the five-times-deeper list).
/// A claim's own weight (the sum over its words) is weighed once per index state (<see cref="TermTable"/>).
/// </summary>
/// <remarks>Terms are compared by their numbers in the search's <see cref="TermTable"/>; sums run over the passage's
/// terms in their order, as they did over the passage's words, so every figure is the same to the last bit.</remarks>
internal sealed class PassageTerms
{
    private readonly Dictionary<int, int> positionOf = [];
    private readonly double[][] weights;
    private readonly bool[][] frame;
    private readonly double[] contentWeight;
    private readonly List<int> matched = [];
    private readonly List<int> pairsMatched = [];

    public PassageTerms(List<string>?[] termsPerField, HashSet<string>[] frameTerms, TermTable table)
    {
        weights = new double[termsPerField.Length][];
        frame = new bool[termsPerField.Length][];
        contentWeight = new double[termsPerField.Length];
        for (var f = 0; f < termsPerField.Length; f++)
        {
            // The passage's distinct terms in order of first use, as the claims' are stored: each two in a row a pair.
            var ordered = (termsPerField[f] ?? []).Distinct(StringComparer.Ordinal).ToList();
            weights[f] = new double[ordered.Count];
            frame[f] = new bool[ordered.Count];
            for (var i = 0; i < ordered.Count; i++)
            {
                var id = table.IdOf(f, ordered[i]);
                positionOf[id] = i;
                var w = table.Idf(id);
                weights[f][i] = w;

                // How a message reports a claim ("said", "according to", "dilansir", a weekday) is not what it claims.
                if (frameTerms[f].Contains(ordered[i]))
                {
                    frame[f][i] = true;
                }
                else
                {
                    contentWeight[f] += w;
                }
            }

            TermCount = Math.Max(TermCount, ordered.Count);
        }
    }

    /// <summary>Distinct analysed terms of the passage in its richest searched field.</summary>
    public int TermCount { get; }

    /// <summary>How much of the claim the passage says, and how much of the passage is the claim, weighted by rarity
    /// (best phrasing wins); how much of what that phrasing shares with the passage it shares as words in a row; and the
    /// figures behind them that the fused ranking also weighs.</summary>
    public (double Coverage, double Proximity, CoverageDetail Detail) Coverage(ClaimTerms claim)
    {
        var best = 0.0;
        var proximity = 0.0;
        var detail = default(CoverageDetail);
        var sharing = 0;
        for (var p = 0; p < claim.Fields.Length; p++)
        {
            var f = claim.Fields[p];
            if (weights[f].Length == 0 || !Match(claim, p))
            {
                continue;
            }

            double shared = 0, sharedFrame = 0;
            foreach (var i in matched)
            {
                shared += weights[f][i];
                sharedFrame += frame[f][i] ? weights[f][i] : 0;
            }

            if (shared <= 0 || claim.Weights[p] <= 0)
            {
                continue;
            }

            var passageWeight = contentWeight[f] > 0 ? contentWeight[f] : shared;
            var claimCoverage = shared / claim.Weights[p];
            var passageCoverage = (shared - sharedFrame) / passageWeight;
            var coverage = Math.Pow(claimCoverage, 0.8) * Math.Pow(passageCoverage, 0.2);
            sharing++;
            if (coverage > best)
            {
                best = coverage;
                proximity = InPairs(f) / shared;
                detail = new CoverageDetail(claimCoverage, matched.Count, shared, claim.Starts[p + 1] - claim.Starts[p], 0, claim.Fields.Length, f);
            }
        }

        return (best, proximity, detail with { PhrasingsSharing = sharing });
    }

    // The passage positions of the phrasing's terms, ascending (the passage's order), and the pairs of passage terms
    // (by the first one's position) that stand next to each other in the passage and in the phrasing.
    private bool Match(ClaimTerms claim, int phrasing)
    {
        matched.Clear();
        pairsMatched.Clear();
        var previous = -1;
        for (var k = claim.Starts[phrasing]; k < claim.Starts[phrasing + 1]; k++)
        {
            var position = positionOf.TryGetValue(claim.Ids[k], out var i) ? i : -1;
            if (position >= 0)
            {
                matched.Add(position);
                if (previous >= 0 && position == previous + 1)
                {
                    pairsMatched.Add(previous);
                }
            }

            previous = position;
        }

        matched.Sort();
        pairsMatched.Sort();
        return matched.Count > 0;
    }

    // The weight of the passage's terms that stand next to each other in the passage and in the phrasing, each term
    // once, in the passage's order.
    private double InPairs(int f)
    {
        var sum = 0.0;
        var last = -1;
        foreach (var i in pairsMatched)
        {
            if (i > last)
            {
                sum += weights[f][i];
            }

            sum += weights[f][i + 1];
            last = i + 1;
        }

        return sum;
    }
}
