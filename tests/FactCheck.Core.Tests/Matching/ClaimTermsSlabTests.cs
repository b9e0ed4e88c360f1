using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

/// <summary>The claims' terms a table remembers in large arrays read back as they were remembered.</summary>
public sealed class ClaimTermsSlabTests
{
    [Fact]
    public void Records_read_back_as_they_were_remembered_across_many_chunks()
    {
        // About 5,000,000 numbers: the records fill several chunks of 1,048,576.
        const int Documents = 400_000;
        var slab = new ClaimTermsSlab(Documents);
        for (var doc = 0; doc < Documents; doc++)
        {
            var copy = slab.Remember(doc, Record(doc));
            AssertSame(Record(doc), copy);
        }

        foreach (var doc in new[] { 0, 1, 87_380, 87_381, 104_857, 250_000, Documents - 1 })
        {
            Assert.True(slab.TryGet(doc, out var kept));
            AssertSame(Record(doc), kept);
        }
    }

    [Fact]
    public void A_document_never_remembered_is_not_found()
    {
        var slab = new ClaimTermsSlab(10);
        slab.Remember(2, Record(2));

        Assert.False(slab.TryGet(3, out _));
        Assert.True(slab.TryGet(2, out _));
    }

    // 1-3 phrasings of 2-8 terms, each number telling the document apart.
    private static ClaimTerms Record(int doc)
    {
        var phrasings = 1 + (doc % 3);
        var ids = 2 + (doc % 7);
        var numbers = new List<int> { phrasings, ids };
        numbers.AddRange(Enumerable.Range(0, phrasings).Select(p => (doc + p) % 3));
        numbers.AddRange(Enumerable.Range(0, phrasings + 1).Select(p => p * ids / phrasings));
        numbers.AddRange(Enumerable.Range(0, ids).Select(i => doc + i));
        var weights = Enumerable.Range(0, phrasings).Select(p => (doc * 0.5) + p).ToArray();
        return ClaimTerms.At([.. numbers], 0, weights, 0);
    }

    private static void AssertSame(ClaimTerms expected, ClaimTerms actual)
    {
        Assert.Equal(expected.Fields.ToArray(), actual.Fields.ToArray());
        Assert.Equal(expected.Starts.ToArray(), actual.Starts.ToArray());
        Assert.Equal(expected.Ids.ToArray(), actual.Ids.ToArray());
        Assert.Equal(expected.Weights.ToArray(), actual.Weights.ToArray());
    }
}
