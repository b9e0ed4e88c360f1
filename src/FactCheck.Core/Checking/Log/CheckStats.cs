namespace FactCheck.Core.Checking.Log;

/// <summary>Counts of the recorded checks over a period.</summary>
/// <param name="Checks">User-requested checks with something to check.</param>
/// <param name="Replied">Checks that got at least one verdict.</param>
/// <param name="SuggestedOnly">Checks that got only "possibly related" fact-checks.</param>
/// <param name="NoMatch">Checks that found nothing.</param>
/// <param name="DistinctMessages">Distinct texts among the checks (by hash).</param>
/// <param name="TopClaims">The most often confidently matched claims, most first.</param>
public sealed record CheckStats(int Checks, int Replied, int SuggestedOnly, int NoMatch, int DistinctMessages, IReadOnlyList<ClaimCount> TopClaims)
{
    /// <summary>Share of checks that got a verdict, 0 when there were none.</summary>
    public double MatchRate => Checks == 0 ? 0 : (double)Replied / Checks;
}
