namespace FactCheck.Bot.Eval;

/// <summary>The measures of ../shared/bench/README.md, computed from ranked lists and relevance judgements.</summary>
internal static class RetrievalMetrics
{
    /// <summary>Average precision over the first <paramref name="k"/> results, divided by min(relevant, k).</summary>
    public static double AveragePrecisionAt(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant, int k)
    {
        if (relevant.Count == 0)
        {
            return 0;
        }

        double hits = 0, sum = 0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            if (relevant.Contains(ranked[i]))
            {
                hits++;
                sum += hits / (i + 1);
            }
        }

        return sum / Math.Min(relevant.Count, k);
    }

    /// <summary>1 / rank of the first relevant result, 0 when none is ranked.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            if (relevant.Contains(ranked[i]))
            {
                return 1.0 / (i + 1);
            }
        }

        return 0;
    }

    /// <summary>1 when a relevant result is among the first <paramref name="k"/>.</summary>
    public static double SuccessAt(IReadOnlyList<string> ranked, IReadOnlySet<string> relevant, int k) =>
        ranked.Take(k).Any(relevant.Contains) ? 1 : 0;

    /// <summary>The value below which <paramref name="percent"/> % of the sorted values fall (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
