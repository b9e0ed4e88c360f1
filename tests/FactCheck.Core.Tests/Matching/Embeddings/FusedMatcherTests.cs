using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class FusedMatcherTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    // Shares no analysed term with the vaccine claim ("COVID-19 vaccines contain microchips to track people").
    private const string Paraphrase = "They are hiding tiny spy devices inside the corona jabs to follow everyone.";

    private async Task<Matcher> FusedAsync(ClaimIndex index) =>
        new(index, new MatchingOptions(), await DenseRetriever.BuildAsync(index.Claims, fixture.Embedder, new MemoryEmbeddingStore(), CancellationToken.None));

    [Fact]
    public async Task A_paraphrase_sharing_no_words_is_ranked_first_by_the_fused_matcher_only()
    {
        using var index = ClaimIndex.Build(SeedLikeClaims.All);
        var lexical = new Matcher(index, new MatchingOptions());
        var fused = await FusedAsync(index);

        Assert.DoesNotContain(lexical.Match(Paraphrase).Matches, m => index.Claims[m.ClaimIndex].Id == "vaccine");
        Assert.Equal("vaccine", index.Claims[fused.Match(Paraphrase).Matches[0].ClaimIndex].Id);
    }

    [Fact]
    public async Task A_claim_found_only_by_embedding_is_never_given_a_verdict_or_a_suggestion()
    {
        using var index = ClaimIndex.Build(SeedLikeClaims.All);
        var fused = await FusedAsync(index);

        var match = fused.Match(Paraphrase).Matches[0];

        Assert.Null(fused.Decide(match));
    }

    [Fact]
    public async Task The_fused_matcher_keeps_the_lexical_decisions_on_the_seed_quote()
    {
        using var index = ClaimIndex.Build(SeedLikeClaims.All);
        var lexical = new Matcher(index, new MatchingOptions());
        var fused = await FusedAsync(index);
        const string text = "\"Anda terlalu gila bagi kami,\" kata Kim Jong Un menurut satu sumber sebagaimana dilansir Express UK.";

        var expected = lexical.Match(text).Matches.Select(m => (m.ClaimIndex, lexical.Decide(m))).Where(d => d.Item2 is not null);
        var actual = fused.Match(text).Matches.Select(m => (m.ClaimIndex, fused.Decide(m))).Where(d => d.Item2 is not null);

        Assert.Equal(expected, actual);
        Assert.Equal("kim", index.Claims[fused.Match(text).Matches[0].ClaimIndex].Id);
    }
}
