using System.Numerics.Tensors;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class OnnxTextEmbedderTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    private readonly OnnxTextEmbedder _embedder = fixture.Embedder;

    [Fact]
    public void Bundled_minilm_gives_unit_vectors_of_384_dimensions()
    {
        var vector = _embedder.Embed("Kim Jong Un told Putin: you are too crazy for us.");

        Assert.Equal(384, _embedder.Dimensions);
        Assert.Equal(384, vector.Length);
        Assert.Equal(1.0, TensorPrimitives.Norm(vector), precision: 4);
        Assert.Contains(vector, v => v != 0);
    }

    [Fact]
    public void A_paraphrase_is_nearer_than_an_unrelated_sentence()
    {
        var claim = _embedder.Embed("5G towers spread COVID-19.");
        var paraphrase = _embedder.Embed("The coronavirus is being spread by 5G mobile phone masts");
        var unrelated = _embedder.Embed("McDonald's is selling any size of fries for one dollar this month.");

        var near = TensorPrimitives.Dot(claim, paraphrase);
        var far = TensorPrimitives.Dot(claim, unrelated);

        Assert.True(near > far + 0.2, $"paraphrase {near:F3} should beat unrelated {far:F3} clearly");
    }

    [Fact]
    public void Batch_gives_the_same_vectors_as_one_text_at_a_time()
    {
        string[] texts = ["short", "a somewhat longer sentence about vaccines and microchips", "Ibu kota Indonesia pindah ke Nusantara"];

        var batch = _embedder.EmbedBatch(texts, CancellationToken.None);

        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(1.0, TensorPrimitives.Dot(batch[i], _embedder.Embed(texts[i])), precision: 4);
        }
    }

    [Fact]
    public void A_text_longer_than_the_model_takes_is_cut_not_refused()
    {
        var head = string.Join(' ', Enumerable.Repeat("vaccines contain microchips", 100));
        var longer = head + " " + string.Join(' ', Enumerable.Repeat("and the moon landing was staged", 200));

        var vector = _embedder.Embed(longer);

        Assert.Equal(1.0, TensorPrimitives.Norm(vector), precision: 4);
        Assert.Equal(1.0, TensorPrimitives.Dot(vector, _embedder.Embed(head)), precision: 3);
    }

    [Fact]
    public void Bundled_arctic_xs_loads_and_ranks_a_paraphrase_first()
    {
        using var arctic = new OnnxTextEmbedder(BundledEmbeddingModels.Load(BundledEmbeddingModels.ArcticXsName), intraOpThreads: 1);
        var claim = arctic.Embed("Drinking hot water kills the coronavirus.");
        var paraphrase = arctic.Embed("hot water can cure covid if you drink it");
        var unrelated = arctic.Embed("The president signed a new budget law on Tuesday.");

        Assert.Equal(384, arctic.Dimensions);
        Assert.NotEqual(_embedder.ModelId, arctic.ModelId);
        Assert.True(TensorPrimitives.Dot(claim, paraphrase) > TensorPrimitives.Dot(claim, unrelated));
    }
}
