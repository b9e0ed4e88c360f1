using FactCheck.Bot.Eval;

namespace FactCheck.Bot.Tests;

public sealed class RetrievalMetricsTests
{
    private static readonly HashSet<string> Relevant = ["a"];

    [Theory]
    [InlineData(new[] { "a", "b", "c" }, 1.0)]
    [InlineData(new[] { "b", "a", "c" }, 0.5)]
    [InlineData(new[] { "b", "c", "d", "e", "f", "a" }, 0.0)]
    public void Average_precision_at_5_counts_only_the_first_five(string[] ranked, double expected) =>
        Assert.Equal(expected, RetrievalMetrics.AveragePrecisionAt(ranked, Relevant, 5), 6);

    [Fact]
    public void Average_precision_divides_by_the_relevant_claims_that_fit_in_k()
    {
        HashSet<string> two = ["a", "b"];
        Assert.Equal((1.0 + (2.0 / 3)) / 2, RetrievalMetrics.AveragePrecisionAt(["a", "x", "b"], two, 5), 6);
    }

    [Fact]
    public void Reciprocal_rank_and_success_follow_the_first_relevant_result()
    {
        string[] ranked = ["x", "y", "a"];
        Assert.Equal(1.0 / 3, RetrievalMetrics.ReciprocalRank(ranked, Relevant), 6);
        Assert.Equal(1.0, RetrievalMetrics.SuccessAt(ranked, Relevant, 10));
        Assert.Equal(0.0, RetrievalMetrics.SuccessAt(ranked, Relevant, 1));
    }

    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        var values = Enumerable.Range(1, 100).Select(i => (double)i).ToList();
        Assert.Equal(50, RetrievalMetrics.Percentile(values, 50));
        Assert.Equal(99, RetrievalMetrics.Percentile(values, 99));
        Assert.Equal(0, RetrievalMetrics.Percentile([], 50));
    }
}
