namespace FactCheck.Core.Matching;

/// <summary>
/// Re-orders a passage's BM25 candidates so that a claim covering far less of itself than the best-covered candidate
/// does is demoted. BM25 adds up whatever words a claim shares with the passage, so in a large store some claim always
/// shares a few common words; coverage (how much of the claim the passage says) does not grow with the store. Among
/// candidates that cover at least half as much as the best one BM25 decides, as before: ordering by coverage alone was
/// much worse (CLEF dev MAP@5 0.748 against 0.869). Candidates are read five times deeper than kept so that the claim
/// the message states is among them. TBH+CLEF pool, dev MAP@5: CLEF 0.8705 -> 0.8770, TurnBackHoax 0.7580 -> 0.7584.
/// </summary>
internal static class CoverageReranker
{
    private const int DepthFactor = 5;

    /// <summary>A candidate's BM25 is scaled down in proportion once its coverage falls below this share of the best coverage.</summary>
    private const double RelativeFloor = 0.5;

    /// <summary>
    /// A claim that says what the message says shares words in a row with it ("olive garden", "hot lemon water"); one
    /// that shares the same words scattered (a claim about something else, or a bag of the store's common words) does
    /// not. A small bonus: the share of the shared weight that stands in such pairs raises the score by up to 15 %.
    /// Fitted on the train splits over the TBH+CLEF pool (500 queries a set, `--pad` 0 and 100,000): MAP@5 0.15 gives
    /// CLEF 0.8605 -> 0.8611 and 0.8561 -> 0.8586, TurnBackHoax 0.7107 -> 0.7164 and 0.6896 -> 0.6941; 0.4 and 1
    /// lost CLEF (pairs of names, "donald trump", are shared by many claims about other things).
    /// </summary>
    private const double ProximityWeight = 0.15;

    /// <summary>How many BM25 candidates are read to keep <paramref name="count"/>.</summary>
    public static int Depth(int count) => count * DepthFactor;

    /// <summary>The best <paramref name="count"/> candidates, each with its new 0-based rank.</summary>
    public static List<Candidate> Rerank(List<Candidate> candidates, int count)
    {
        var floor = RelativeFloor * (candidates.Count == 0 ? 0 : candidates.Max(c => c.Coverage));
        return candidates
            .OrderByDescending(c => (floor <= 0 ? c.Bm25 : c.Bm25 * Math.Min(1, c.Coverage / floor)) * (1 + (ProximityWeight * c.Proximity)))
            .ThenBy(c => c.Rank)
            .Take(count)
            .Select((c, rank) => c with { Rank = rank })
            .ToList();
    }
}
