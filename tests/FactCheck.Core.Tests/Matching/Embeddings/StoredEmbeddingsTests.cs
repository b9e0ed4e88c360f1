using FactCheck.Core.Claims;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class StoredEmbeddingsTests
{
    private sealed class CountingEmbedder : ITextEmbedder
    {
        public int Computed { get; private set; }

        public string ModelId => "counting";

        public int Dimensions => 2;


        public string QueryPrefix => string.Empty;

        public float[] Embed(string text)
        {
            Computed++;
            return [text.Length % 2, 1 - (text.Length % 2)];
        }

        public float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken) => texts.Select(Embed).ToArray();
    }

    private static readonly Claim[] Claims =
    [
        new("a", "Odd text", "en", [new Phrasing("Even text!")], [], []),
        new("b", "Odd text", "en", [], [], []),
    ];

    [Fact]
    public async Task A_second_build_reuses_every_stored_vector_and_computes_none()
    {
        var store = new MemoryEmbeddingStore();
        var first = new CountingEmbedder();
        var second = new CountingEmbedder();

        var index1 = await ClaimVectors.BuildIndexAsync(Claims, new StoredEmbeddings(first, store), 2, CancellationToken.None);
        var index2 = await ClaimVectors.BuildIndexAsync(Claims, new StoredEmbeddings(second, store), 2, CancellationToken.None);

        Assert.Equal(2, first.Computed); // "Odd text" is shared by both claims and embedded once.
        Assert.Equal(0, second.Computed);
        Assert.Equal(3, index1.Count);
        Assert.Equal(index1.Search([0, 1], 2), index2.Search([0, 1], 2));
    }

    [Fact]
    public void Key_is_the_sha256_of_the_utf8_text()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", EmbeddingKey.Of("abc"));
    }
}
