using FactCheck.Core.Checking;
using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

public sealed class DecisionModelTests
{
    private static readonly MatchEvidence Typical = new(0.6, 0.3, 0, 1, 12, Indonesian: false, LexicalFusion: 0.2, Rank: 0, RankingMargin: 0.05);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Confidence_rises_with_the_share_of_the_claim_the_passage_states(bool indonesian)
    {
        var low = DecisionModel.Default.Probability(Typical with { Coverage = 0.3, Indonesian = indonesian });
        var high = DecisionModel.Default.Probability(Typical with { Coverage = 0.9, Indonesian = indonesian });

        Assert.InRange(low, 0, 1);
        Assert.InRange(high, 0, 1);
        Assert.True(high > low, $"{high} should exceed {low}");
    }

    [Fact]
    public void Embedding_evidence_uses_its_own_coefficients_and_a_close_cosine_raises_confidence()
    {
        var far = Typical with { Cosine = 0.2, CosineMargin = -0.3 };
        var near = Typical with { Cosine = 0.9, CosineMargin = 0.2 };

        Assert.True(DecisionModel.UsesDense(near));
        Assert.False(DecisionModel.UsesDense(Typical));
        Assert.Equal(DecisionModel.DenseFeatureCount, DecisionModel.Features(near, dense: true).Length);
        Assert.Equal(DecisionModel.LexicalFeatureCount, DecisionModel.Features(near, dense: false).Length);
        Assert.True(DecisionModel.Default.Probability(near) > DecisionModel.Default.Probability(far));
    }

    [Fact]
    public void Every_coefficient_set_has_an_intercept_and_one_weight_per_feature()
    {
        Assert.Equal(DecisionModel.LexicalFeatureCount + 1, DecisionModel.Default.English.Count);
        Assert.Equal(DecisionModel.LexicalFeatureCount + 1, DecisionModel.Default.Indonesian.Count);
        Assert.Equal(DecisionModel.DenseFeatureCount + 1, DecisionModel.Default.EnglishDense.Count);
    }

    [Fact]
    public void A_confident_match_on_a_passage_too_short_for_a_verdict_is_only_suggested()
    {
        var matcher = new Matcher(ClaimIndex.Build(SeedLikeClaims.All), new MatchingOptions());
        var passage = new Passage("vaksin microchip", "vaksin microchip", IsWholeMessage: true);

        Assert.Equal(MatchDecision.Suggest, matcher.Decide(new PassageMatch(0, 0.99, 1, passage, ReplyAllowed: false)));
        Assert.Equal(MatchDecision.Reply, matcher.Decide(new PassageMatch(0, 0.99, 1, passage, ReplyAllowed: true)));
    }

    [Fact]
    public void Each_claim_of_a_three_claim_message_is_confident_on_a_three_claim_pool()
    {
        // Rank and margin are measured among claims found in overlapping words, so on a tiny pool the second and
        // third claims of one message, each in its own sentence, are not held back by the first.
        var matcher = new Matcher(ClaimIndex.Build(SeedLikeClaims.All), new MatchingOptions());
        var result = matcher.Match(
            "Rusia telah kehilangan hingga 13.500 tentara dalam konflik di Ukraina. Kim Jong Un kepada Putin: \"Anda terlalu gila bagi kami\". " +
            "Vaksin COVID-19 mengandung microchip untuk melacak orang.");

        Assert.Equal(3, result.Matches.Count(m => matcher.Decide(m) == MatchDecision.Reply));
    }
}
