using System.Numerics.Tensors;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Tests.Matching.Embeddings;

/// <summary>What the model reads of a message passage: the passage without its web addresses; claims are read whole.</summary>
public sealed class QueryTextTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    private readonly OnnxTextEmbedder _embedder = fixture.Embedder;

    [Fact]
    public void A_query_is_read_without_its_web_addresses()
    {
        var read = _embedder.QueryTokens("Vaccines contain microchips https://t.co/Dow4MmJ0TO via www.example.com/a?b=c");

        Assert.Equal(["[CLS]", "vaccines", "contain", "micro", "##chi", "##ps", "via", "[SEP]"], read);
    }

    [Fact]
    public void A_query_with_an_address_embeds_as_the_same_query_without_it()
    {
        var vectors = _embedder.EmbedQueries(["Vaccines contain microchips via", "Vaccines contain microchips http://t.co/x1 via"], CancellationToken.None);

        Assert.Equal(1.0, TensorPrimitives.Dot(vectors[0], vectors[1]), precision: 5);
    }

    [Fact]
    public void A_claim_keeps_its_address_so_its_stored_vector_and_the_model_id_do_not_change()
    {
        const string text = "Vaccines contain microchips https://t.co/Dow4MmJ0TO";

        var claim = _embedder.EmbedBatch([text], CancellationToken.None)[0];
        var query = _embedder.EmbedQueries([text], CancellationToken.None)[0];

        Assert.Equal(1.0, TensorPrimitives.Dot(claim, _embedder.Embed(text)), precision: 5);
        Assert.True(TensorPrimitives.Dot(claim, query) < 0.999, "the query side leaves the address out, the claim side does not");
        Assert.Equal("all-MiniLM-L6-v2;mean;max256", _embedder.ModelId);
    }

    [Fact]
    public void The_query_prefix_comes_first()
    {
        using var arctic = new OnnxTextEmbedder(BundledEmbeddingModels.Load(BundledEmbeddingModels.ArcticXsName), intraOpThreads: 1);

        var read = arctic.QueryTokens("Drinking hot water kills the coronavirus.");
        var direct = arctic.EmbedQueries(["Drinking hot water kills the coronavirus."], CancellationToken.None)[0];
        var prefixed = arctic.Embed(arctic.QueryPrefix + "Drinking hot water kills the coronavirus.");

        Assert.Equal(["[CLS]", "represent", "this", "sentence"], read.Take(4));
        Assert.Equal(["drinking", "hot", "water", "kills"], read.SkipWhile(t => t != "drinking").Take(4));
        Assert.Equal("[SEP]", read[^1]);
        Assert.Equal(1.0, TensorPrimitives.Dot(direct, prefixed), precision: 5);
    }

    [Fact]
    public void An_embedder_without_its_own_query_path_embeds_the_prefix_and_the_passage_whole()
    {
        ITextEmbedder embedder = new PrefixedEmbedder(_embedder);

        var vector = embedder.EmbedQueries(["Vaccines contain microchips https://t.co/Dow4MmJ0TO"], CancellationToken.None)[0];

        Assert.Equal(1.0, TensorPrimitives.Dot(vector, _embedder.Embed("query: Vaccines contain microchips https://t.co/Dow4MmJ0TO")), precision: 5);
    }

    [Theory]
    [InlineData("https://t.co/Dow4MmJ0TO", "https://t.co/Dow4MmJ0TO")]
    [InlineData("  Look:   HTTPS://Example.com/x  now ", "Look: now")]
    [InlineData("see www.example.org/page, then decide", "see then decide")]
    [InlineData("no address here", "no address here")]
    [InlineData("", "")]
    public void Query_text_drops_addresses_but_never_leaves_a_passage_empty(string passage, string expected)
    {
        Assert.Equal(expected, QueryText.ForModel(passage));
    }

    // An embedder with a query prefix and no query path of its own (ITextEmbedder's default).
    private sealed class PrefixedEmbedder(OnnxTextEmbedder inner) : ITextEmbedder
    {
        public string ModelId => inner.ModelId;

        public int Dimensions => inner.Dimensions;

        public string QueryPrefix => "query: ";

        public float[] Embed(string text) => inner.Embed(text);

        public float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken) => inner.EmbedBatch(texts, cancellationToken);
    }
}
