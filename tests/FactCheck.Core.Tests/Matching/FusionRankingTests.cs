using FactCheck.Core.Claims;
using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

/// <summary>The fused lexical score: the reciprocal-rank fusion plus what else the passages found for a claim.</summary>
public sealed class FusionRankingTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Between_two_claims_at_the_same_ranks_the_one_the_message_covers_more_scores_higher(bool indonesian)
    {
        var weights = indonesian ? FusionRanking.Indonesian : FusionRanking.English;
        var (wellCovered, wellVector) = Found(new Candidate(1, 0, 10, 0.9, 0.8) { Detail = new CoverageDetail(0.9, 6, 20, 7, 2, 2) }, bm25Ratio: 1);
        var (poorlyCovered, poorVector) = Found(new Candidate(2, 0, 6, 0.3, 0) { Detail = new CoverageDetail(0.3, 2, 5, 6, 1, 2) }, bm25Ratio: 0.6);

        Assert.Equal(wellCovered.Rrf, poorlyCovered.Rrf, 9);
        Assert.True(FusionRanking.Score(wellCovered, wellVector, weights) > FusionRanking.Score(poorlyCovered, poorVector, weights));
    }

    [Fact]
    public void The_plain_fusion_adds_the_reciprocal_ranks_of_the_whole_message_and_the_best_passage()
    {
        var features = new FusionFeatures();
        features.Add(new Candidate(1, 2, 5, 0.5), 0.5, whole: true);
        features.Add(new Candidate(1, 4, 5, 0.5), 0.5, whole: false);
        features.Add(new Candidate(1, 0, 5, 0.5), 0.5, whole: false);

        Assert.Equal((1.0 / 12) + (1.0 / 10), features.Rrf, 12);
        Assert.Equal(1.0, features.Vector(passages: 2)[8], 12); // found by both passages searched
    }

    [Fact]
    public void Coverage_detail_counts_the_phrasings_that_share_words_with_the_passage()
    {
        using var index = ClaimIndex.Build(
        [
            Make("both", "Olive Garden restaurants fund the Trump campaign", "Olive Garden money for Trump"),
            Make("one", "Olive Garden opens a restaurant in Lisbon", "A new Portuguese menu"),
        ]);

        var found = index.Search(TextNormalizer.Normalize("Olive Garden is funding Trump").Text, "en", 10, out _)
            .ToDictionary(c => index.Claims[c.ClaimIndex].Id);

        Assert.Equal((2, 2), (found["both"].Detail.PhrasingsSharing, found["both"].Detail.Phrasings));
        Assert.Equal((1, 2), (found["one"].Detail.PhrasingsSharing, found["one"].Detail.Phrasings));
        Assert.True(found["both"].Detail.SharedTerms > found["one"].Detail.SharedTerms);
    }

    [Fact]
    public void A_claim_found_in_Indonesian_words_is_weighed_with_the_Indonesian_weights()
    {
        var indonesian = new FusionFeatures();
        indonesian.Add(new Candidate(1, 0, 5, 0.5) { Detail = new CoverageDetail(0.5, 3, 9, 6, 1, 1, Field: 1) }, 1, whole: true);
        var english = new FusionFeatures();
        english.Add(new Candidate(2, 0, 5, 0.5) { Detail = new CoverageDetail(0.5, 3, 9, 6, 1, 1, Field: 0) }, 1, whole: true);
        var vector = indonesian.Vector(passages: 0);

        Assert.True(indonesian.Indonesian);
        Assert.False(english.Indonesian);
        Assert.Equal(FusionRanking.Score(indonesian, vector, FusionRanking.Indonesian), FusionRanking.Score(indonesian, vector), 12);
        Assert.Equal(FusionRanking.Score(english, vector, FusionRanking.English), FusionRanking.Score(english, vector), 12);
        Assert.NotEqual(FusionRanking.Score(indonesian, vector), FusionRanking.Score(english, vector), 6);
    }

    private static (FusionFeatures Features, double[] Vector) Found(Candidate candidate, double bm25Ratio)
    {
        var features = new FusionFeatures();
        features.Add(candidate, bm25Ratio, whole: true);
        features.Add(candidate, bm25Ratio, whole: false);
        return (features, features.Vector(passages: 1));
    }

    private static Claim Make(string id, string text, string phrasing) => new(
        id, text, "en", [new Phrasing(phrasing, "en")], [],
        [new Review($"https://factcheck.example.org/{id}", new Publisher("Example Fact Check", "factcheck.example.org"), "False", Verdict.False)]);
}
