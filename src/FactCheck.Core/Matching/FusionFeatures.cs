namespace FactCheck.Core.Matching;

/// <summary>What the passages of one message found for one claim, gathered for <see cref="FusionRanking"/>.</summary>
internal sealed class FusionFeatures
{
    private int wholeRank = -1;
    private int passageRank = -1;
    private double wholeBm25Ratio, wholeCoverage, wholeProximity, passageBm25Ratio, passageCoverage;
    private double maxProximity, maxClaimCoverage, maxSharedWeight, phrasingShare;
    private int maxShared, phrasingTerms, passagesFound, passagesTop3;

    /// <summary>Adds the claim's place among one passage's candidates.</summary>
    public void Add(Candidate c, double bm25Ratio, bool whole)
    {
        if (whole)
        {
            wholeRank = c.Rank;
            wholeBm25Ratio = bm25Ratio;
            wholeCoverage = c.Coverage;
            wholeProximity = c.Proximity;
        }
        else
        {
            passagesFound++;
            passagesTop3 += c.Rank < 3 ? 1 : 0;
            if (passageRank < 0 || c.Rank < passageRank || (c.Rank == passageRank && c.Coverage > passageCoverage))
            {
                passageRank = c.Rank;
                passageBm25Ratio = bm25Ratio;
                passageCoverage = c.Coverage;
            }
        }

        var d = c.Detail;
        Indonesian |= d.SharedTerms > 0 && LanguageAnalyzers.Fields[d.Field] == LanguageAnalyzers.Indonesian;
        maxProximity = Math.Max(maxProximity, c.Proximity);
        maxClaimCoverage = Math.Max(maxClaimCoverage, d.ClaimCoverage);
        maxSharedWeight = Math.Max(maxSharedWeight, d.SharedWeight);
        maxShared = Math.Max(maxShared, d.SharedTerms);
        phrasingTerms = Math.Max(phrasingTerms, d.PhrasingTerms);
        phrasingShare = Math.Max(phrasingShare, d.Phrasings > 0 ? (double)d.PhrasingsSharing / d.Phrasings : 0);
    }

    /// <summary>True when the claim was found in Indonesian words (its Indonesian weights apply).</summary>
    public bool Indonesian { get; private set; }

    /// <summary>The reciprocal-rank fusion of the whole message's ranking and the best passage's.</summary>
    public double Rrf => Reciprocal(wholeRank) + Reciprocal(passageRank);

    /// <summary>The features, in <see cref="FusionRanking"/>'s weight order; <paramref name="passages"/> is how many
    /// passages other than the whole message were searched.</summary>
    public double[] Vector(int passages) =>
    [
        Reciprocal(wholeRank),
        Reciprocal(passageRank),
        wholeBm25Ratio,
        passageBm25Ratio,
        wholeCoverage,
        passageCoverage,
        wholeProximity,
        maxProximity,
        passages > 0 ? (double)passagesFound / passages : 0,
        passages > 0 ? (double)passagesTop3 / passages : 0,
        phrasingShare,
        Math.Log(1 + maxShared),
        maxSharedWeight / 10,
        Math.Log(1 + phrasingTerms),
        maxClaimCoverage,
        wholeRank >= 0 ? 1 : 0,
        passageRank >= 0 ? 1 : 0,
    ];

    private static double Reciprocal(int rank) => rank < 0 ? 0 : 1.0 / (10 + rank);
}
