namespace FactCheck.Core.Matching;

/// <summary>The claims' terms a <see cref="TermTable"/> has read, by document: each claim's record copied into large
/// arrays, and each document's place in them packed into one number, published at once.</summary>
/// <remarks>At a million claims a state remembers hundreds of thousands of claims. Kept as five small objects each,
/// they were copied by the garbage collector from generation to generation: half of the pauses of a lexical check
/// (bench/README.md, "Garbage collection at 1,000,000 claims"). Arrays of this size live on the large object heap,
/// which a collection does not copy, and hold no references.</remarks>
internal sealed class ClaimTermsSlab(int documents)
{
    private const int ChunkNumbers = 1 << 20;
    private const int ChunkWeights = 1 << 18;
    private const int OffsetBits = 21;
    private const long OffsetMask = (1L << OffsetBits) - 1;

    // 0: not read. Else the chunk (plus one), where the record's numbers begin, and where its weights begin.
    private readonly long[] placeOfDoc = new long[documents];
    private readonly System.Threading.Lock gate = new();
    private Chunk[] chunks = [];
    private int numbersUsed = ChunkNumbers;
    private int weightsUsed = ChunkWeights;

    /// <summary>The terms of the claim in <paramref name="doc"/> when they have been remembered.</summary>
    public bool TryGet(int doc, out ClaimTerms terms)
    {
        var place = Volatile.Read(ref placeOfDoc[doc]);
        if (place == 0)
        {
            terms = default;
            return false;
        }

        var chunk = Volatile.Read(ref chunks)[(int)(place >> (2 * OffsetBits)) - 1];
        terms = ClaimTerms.At(chunk.Numbers, (int)((place >> OffsetBits) & OffsetMask), chunk.Weights, (int)(place & OffsetMask));
        return true;
    }

    /// <summary>Remembers <paramref name="terms"/> as the claim in <paramref name="doc"/>'s and returns the view of the
    /// copy; a record larger than a chunk is not remembered and comes back as it was.</summary>
    public ClaimTerms Remember(int doc, ClaimTerms terms)
    {
        if (terms.CopiedNumbers > ChunkNumbers || terms.CopiedWeights > ChunkWeights)
        {
            return terms;
        }

        lock (gate)
        {
            if (numbersUsed + terms.CopiedNumbers > ChunkNumbers || weightsUsed + terms.CopiedWeights > ChunkWeights)
            {
                // Published before any place that names it: a reader that finds the place finds the chunk.
                Volatile.Write(ref chunks, [.. chunks, new Chunk(new int[ChunkNumbers], new double[ChunkWeights])]);
                numbersUsed = 0;
                weightsUsed = 0;
            }

            var c = chunks.Length - 1;
            var copy = terms.CopyTo(chunks[c].Numbers, numbersUsed, chunks[c].Weights, weightsUsed);
            Volatile.Write(ref placeOfDoc[doc], ((long)(c + 1) << (2 * OffsetBits)) | ((long)numbersUsed << OffsetBits) | (long)weightsUsed);
            numbersUsed += terms.CopiedNumbers;
            weightsUsed += terms.CopiedWeights;
            return copy;
        }
    }

    private sealed record Chunk(int[] Numbers, double[] Weights);
}
