namespace FactCheck.Core.Matching;

/// <summary>What a claim competes with in a message: the other candidates of its passage, and the claims found in overlapping words.</summary>
internal static class MatchRivals
{
    // The claim's rank among the better-ranked claims found in overlapping words, and the score it is measured against:
    // the best such claim's, or for the first the next overlapping one's. Only the first RivalDepth claims compete.
    public static (int Rank, double Other) Rivals(List<PassageMatch> sorted, int i)
    {
        const int RivalDepth = 50;
        if (i >= RivalDepth)
        {
            return (RivalDepth, sorted[0].RankingScore);
        }

        var rank = 0;
        double? first = null;
        for (var j = 0; j < Math.Min(sorted.Count, RivalDepth); j++)
        {
            if (j == i || !Overlap(sorted[i].Passage, sorted[j].Passage))
            {
                continue;
            }

            if (j < i)
            {
                rank++;
            }

            first ??= sorted[j].RankingScore;
            if (j > i)
            {
                break;
            }
        }

        return (rank, first ?? 0);
    }

    private static bool Overlap(Passage a, Passage b) =>
        a == b || a.IsWholeMessage || b.IsWholeMessage
        || a.Original.Contains(b.Original, StringComparison.Ordinal) || b.Original.Contains(a.Original, StringComparison.Ordinal);

    // The position of the best-covered candidate, its coverage and the next best one's (the margin's reference).
    public static (int Top, double First, double Second) TopTwoCoverages(IReadOnlyList<Candidate> candidates)
    {
        var top = -1;
        double first = 0, second = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var coverage = candidates[i].Coverage;
            if (top < 0 || coverage > first)
            {
                (top, first, second) = (i, coverage, top < 0 ? 0 : first);
            }
            else if (coverage > second)
            {
                second = coverage;
            }
        }

        return (top, first, second);
    }
}
