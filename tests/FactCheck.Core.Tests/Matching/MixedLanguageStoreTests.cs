using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Import;
using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

/// <summary>An Indonesian message is answered the same whether or not the store also holds thousands of English claims.</summary>
public sealed class MixedLanguageStoreTests
{
    private const string RussiaChina = "Rusia meminta bantuan keuangan dan militer ke China di tengah invasi Rusia ke Ukraina.";
    private const string SeedQuote = "\"Anda terlalu gila bagi kami,\" kata Kim Jong Un menurut satu sumber sebagaimana dilansir Express UK, Selasa 15 Maret 2022.";

    private static readonly IReadOnlyList<Claim> Seeds = LoadSeeds();
    private static readonly Lazy<Matcher> SeedsOnly = new(() => new Matcher(ClaimIndex.Build(Seeds), new MatchingOptions()));
    private static readonly Lazy<Matcher> WithEnglish = new(() => new Matcher(ClaimIndex.Build([.. Seeds, .. GeneratedEnglishClaims.Make(6000)]), new MatchingOptions()));

    [Theory]
    [InlineData(RussiaChina, "Russia asked China for military")]
    [InlineData(SeedQuote, "Kim Jong Un told Putin")]
    public void An_indonesian_seed_message_keeps_its_verdict_with_thousands_of_english_claims_in_the_store(string message, string claim)
    {
        var matcher = WithEnglish.Value;
        var best = matcher.Match(message).Matches[0];
        Assert.StartsWith(claim, matcher.Index.Claims[best.ClaimIndex].Text, StringComparison.Ordinal);
        Assert.Equal(MatchDecision.Reply, matcher.Decide(best));
    }

    [Theory]
    [InlineData(RussiaChina)]
    [InlineData(SeedQuote)]
    [InlineData("Rusia telah kehilangan hingga 13.500 tentara dalam konflik. Korea Utara menjawab: \"Kamu terlalu gila untuk kami\".")]
    public void Adding_english_claims_does_not_change_how_an_indonesian_message_is_ranked(string message)
    {
        List<(string Id, double Confidence, double Score)> Ranking(Matcher m) =>
            [.. m.Match(message).Matches.Select(x => (m.Index.Claims[x.ClaimIndex].Id, Math.Round(x.Confidence, 9), Math.Round(x.RankingScore, 9)))];

        var alone = Ranking(SeedsOnly.Value);
        Assert.NotEmpty(alone);
        Assert.Equal(alone, Ranking(WithEnglish.Value));
    }

    [Fact]
    public void An_english_message_is_still_answered_from_the_english_phrasing_in_a_mixed_store()
    {
        var matcher = WithEnglish.Value;
        var best = matcher.Match("Russia asked China for military and financial help with its invasion of Ukraine, officials say.").Matches[0];
        Assert.StartsWith("Russia asked China for military", matcher.Index.Claims[best.ClaimIndex].Text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Claim> LoadSeeds()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
        {
            dir = dir.Parent;
        }

        var parsed = ClaimFileParser.Parse(Path.Combine(dir?.FullName ?? ".", "seeds", "demo-claims.jsonld"));
        Assert.Null(parsed.FileError);
        Assert.Equal(4, parsed.Claims.Count);
        return parsed.Claims;
    }
}
