using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

public sealed class MatcherTests
{
    private readonly Matcher matcher = new(ClaimIndex.Build(SeedLikeClaims.All), new MatchingOptions());

    [Fact]
    public void Replies_to_the_indonesian_quote_with_the_kim_jong_un_claim()
    {
        var match = Best("\"Anda terlalu gila bagi kami,\" kata Kim Jong Un menurut satu sumber sebagaimana dilansir Express UK, Selasa 15 Maret 2022.");
        Assert.Equal("kim", match.Claim);
        Assert.Equal(MatchDecision.Reply, match.Decision);
    }

    [Fact]
    public void Finds_each_claim_of_a_message_once_with_its_own_passage()
    {
        var result = matcher.Match(
            "Rusia telah kehilangan hingga 13.500 tentara dalam konflik. Lalu Korea Utara menjawab: \"Kamu terlalu gila untuk kami\" kepada Rusia. " +
            "Vaksin COVID-19 juga mengandung microchip untuk melacak orang, katanya.");
        var found = result.Matches.Where(m => matcher.Decide(m) is not null).Select(m => matcher.Index.Claims[m.ClaimIndex].Id).ToList();
        Assert.Equal(["kim", "soldiers", "vaccine"], found.Order(StringComparer.Ordinal));
        Assert.Equal(found.Count, found.Distinct().Count());
        var soldiers = result.Matches.Single(m => matcher.Index.Claims[m.ClaimIndex].Id == "soldiers");
        Assert.Contains("13.500", soldiers.Passage.Original, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_as_unmatched_only_the_sentences_no_match_covers()
    {
        var result = matcher.Match("\"Anda terlalu gila bagi kami,\" kata Kim Jong Un menurut satu sumber, Selasa 15 Maret 2022. Cuaca hari ini cerah sekali di Bogor.");
        Assert.Equal(["Cuaca hari ini cerah sekali di Bogor."], result.UnmatchedPassages);
    }

    [Fact]
    public void A_one_sentence_message_matched_whole_has_no_unmatched_part()
    {
        var result = matcher.Match("Vaksin COVID-19 mengandung microchip untuk melacak orang");
        Assert.Contains(result.Matches, m => matcher.Decide(m) is not null);
        Assert.Empty(result.UnmatchedPassages);
    }

    [Fact]
    public void Says_nothing_about_an_unrelated_message()
    {
        var result = matcher.Match("Cuaca hari ini cerah");
        Assert.DoesNotContain(result.Matches, m => matcher.Decide(m) is not null);
    }

    [Fact]
    public void Never_replies_with_a_verdict_to_a_few_words()
    {
        var result = matcher.Match("vaksin microchip");
        Assert.DoesNotContain(result.Matches, m => matcher.Decide(m) == MatchDecision.Reply);
    }

    [Fact]
    public void Matches_a_known_appearance_url()
    {
        var claim = SeedLikeClaims.Vaccine with { Appearances = ["https://social.example.com/post/123"] };
        var withUrl = new Matcher(ClaimIndex.Build([claim]), new MatchingOptions());
        var result = withUrl.Match("lihat ini https://www.social.example.com/post/123?utm_source=wa 😱");
        Assert.Equal(MatchDecision.Reply, withUrl.Decide(Assert.Single(result.Matches)));
    }

    [Fact]
    public void An_empty_index_finds_nothing()
    {
        var empty = new Matcher(ClaimIndex.Build(Array.Empty<Claim>()), new MatchingOptions());
        Assert.Empty(empty.Match("Vaksin mengandung microchip untuk melacak orang.").Matches);
    }

    private (string Claim, MatchDecision? Decision) Best(string text)
    {
        var best = matcher.Match(text).Matches[0];
        return (matcher.Index.Claims[best.ClaimIndex].Id, matcher.Decide(best));
    }
}
