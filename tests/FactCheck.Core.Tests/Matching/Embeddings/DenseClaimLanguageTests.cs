using FactCheck.Core.Claims;
using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Core.Storage;
using FactCheck.Tests.Shared;

namespace FactCheck.Core.Tests.Matching.Embeddings;

/// <summary>Only claims in a language the embedding model speaks get dense evidence, and the matcher tells their
/// language from the field their text was indexed in, the same for a stored index as for one built over a list.</summary>
public sealed class DenseClaimLanguageTests
{
    private static readonly IReadOnlyList<Claim> Claims =
    [
        .. SeedLikeClaims.All,
        Another("vaksin-id", "Vaksin COVID-19 mengandung microchip untuk melacak orang yang sudah divaksin.", "id"),
        Another("vaksin-in", "Vaksin COVID-19 berisi microchip pelacak orang.", "in-ID"),
        Another("vaccine-gb", "COVID-19 vaccines carry microchips that track people.", "en-GB"),
    ];

    [Fact]
    public void A_stored_index_and_one_over_a_list_put_each_claims_text_in_the_field_of_its_language()
    {
        using var live = LiveClaimIndex.InMemory("test");
        live.Apply([.. Claims.Select((c, i) => new ClaimChange(i + 1, c.Id, c))]);
        using var stored = live.Acquire();
        using var listed = ClaimIndex.Build(Claims);

        foreach (var index in new[] { stored, listed })
        {
            var fields = index.All().ToDictionary(c => c.Claim.Id, c => LanguageAnalyzers.Fields[index.FieldOf(c.Slot)]);
            Assert.Equal(LanguageAnalyzers.English, fields["vaccine"]);
            Assert.Equal(LanguageAnalyzers.English, fields["vaccine-gb"]);
            Assert.Equal(LanguageAnalyzers.Indonesian, fields["vaksin-id"]);
            Assert.Equal(LanguageAnalyzers.Indonesian, fields["vaksin-in"]);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Claims_in_a_language_the_model_does_not_speak_get_no_cosine_whichever_index_holds_them(bool storedIndex)
    {
        using var live = LiveClaimIndex.InMemory("test");
        live.Apply([.. Claims.Select((c, i) => new ClaimChange(i + 1, c.Id, c))]);
        using var index = storedIndex ? live.Acquire() : ClaimIndex.Build(Claims);
        var dense = await DenseRetriever.BuildAsync(index.Claims, new HashEmbedder(), new MemoryEmbeddingStore(), CancellationToken.None);
        // Dense evidence weighed for Indonesian messages too, so that only the claim's language withholds it.
        var matcher = new Matcher(index, new MatchingOptions { DenseClaimLanguages = ["en"], DenseScaleNonEnglish = 1 }, dense);

        var english = matcher.Match("COVID-19 vaccines contain microchips to track people.").Matches;
        var indonesian = matcher.Match("Vaksin COVID-19 mengandung microchip untuk melacak orang.").Matches;

        var cosineOf = english.ToDictionary(m => index.Claims[m.ClaimIndex].Id, m => m.Evidence?.Cosine);
        Assert.NotNull(cosineOf["vaccine"]);
        Assert.NotNull(cosineOf["vaccine-gb"]);
        var found = english.Concat(indonesian).Where(m => index.Claims[m.ClaimIndex].Id.StartsWith("vaksin", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Null(m.Evidence?.Cosine));
        Assert.Contains(indonesian, m => m.Evidence?.Cosine is not null);
        (dense.Index as IDisposable)?.Dispose();
    }

    private static Claim Another(string id, string text, string language) => SeedLikeClaims.All[2] with { Id = id, Text = text, Language = language, Phrasings = [] };
}
