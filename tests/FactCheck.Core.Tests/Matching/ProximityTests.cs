using FactCheck.Core.Claims;
using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

/// <summary>Words a claim shares with a message in a row (a phrase it repeats) against the same words scattered.</summary>
public sealed class ProximityTests
{
    private const string Message = "Olive Garden restaurants are funding the re-election campaign of Donald Trump";

    [Fact]
    public void A_claim_that_repeats_the_message_s_phrases_has_full_proximity_and_one_with_the_words_scattered_none()
    {
        using var index = ClaimIndex.Build(
        [
            Make("states", "Olive Garden restaurants are funding the re-election campaign of Donald Trump."),
            Make("scattered", "Trump garden campaign: olive restaurants, donald funding."),
        ]);

        var found = index.Search(TextNormalizer.Normalize(Message).Text, "en", 10, out _).ToDictionary(c => index.Claims[c.ClaimIndex].Id);

        Assert.Equal(1, found["states"].Proximity, 3);
        Assert.Equal(0, found["scattered"].Proximity, 3);
    }

    [Fact]
    public void Between_two_claims_with_the_same_words_and_length_the_one_saying_them_in_the_message_s_order_ranks_first()
    {
        using var index = ClaimIndex.Build(
        [
            Make("scattered", "Trump garden campaign olive restaurants donald funding re-election"),
            Make("states", "Olive Garden restaurants funding re-election campaign Donald Trump"),
        ]);

        var found = index.Search(TextNormalizer.Normalize(Message).Text, "en", 10, out _);

        Assert.Equal("states", index.Claims[found[0].ClaimIndex].Id);
    }

    private static Claim Make(string id, string text) => new(
        id, text, "en", [], [],
        [new Review($"https://factcheck.example.org/{id}", new Publisher("Example Fact Check", "factcheck.example.org"), "False", Verdict.False)]);
}
