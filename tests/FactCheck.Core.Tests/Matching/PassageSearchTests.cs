using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

/// <summary>A long message searched passage by passage on two threads gets the same matches as on one.</summary>
public sealed class PassageSearchTests
{
    [Fact]
    public void A_long_message_searched_on_two_threads_gets_the_same_matches_scores_and_order_as_on_one()
    {
        var claims = GeneratedEnglishClaims.Make(4000);
        var index = ClaimIndex.Build(claims);
        var message = string.Join(' ', claims.Skip(30).Take(20).Select(c => c.Text)) + " Russia Russia Putin says video.";
        var one = new Matcher(index, new MatchingOptions { PassageSearchThreads = 1 }).Match(message);
        var two = new Matcher(index, new MatchingOptions { PassageSearchThreads = 2 }).Match(message);

        Assert.True(one.PassageCount >= 16, "The message is long enough to be searched on two threads.");
        Assert.NotEmpty(one.Matches);
        Assert.Equal(one.Matches.Select(m => (m.ClaimIndex, m.RankingScore, m.Confidence, m.Passage.Original, m.Evidence)), two.Matches.Select(m => (m.ClaimIndex, m.RankingScore, m.Confidence, m.Passage.Original, m.Evidence)));
        Assert.Equal(one.UnmatchedPassages, two.UnmatchedPassages);
    }
}
