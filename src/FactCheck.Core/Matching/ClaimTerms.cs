namespace FactCheck.Core.Matching;

/// <summary>The analysed terms of a claim's phrasings as term numbers of one <see cref="TermTable"/>, each phrasing in
/// its language field with its total weight (the sum of its terms' weights, in the order the terms are stored).</summary>
/// <remarks>A view of one record in two arrays: the numbers (fields, starts, term numbers, one after the other) and the
/// weights. A table keeps the records of the claims it has read in a few large arrays (<see cref="TermTable"/>), not
/// as objects of their own, which the garbage collector copied from generation to generation.</remarks>
internal readonly struct ClaimTerms
{
    private const byte Separator = 0x1F;
    private const byte PhrasingSeparator = 0x1E;

    private readonly int[] numbers;
    private readonly int at;
    private readonly int phrasings;
    private readonly int idCount;
    private readonly double[] weights;
    private readonly int weightsAt;

    private ClaimTerms(int[] numbers, int at, int phrasings, int idCount, double[] weights, int weightsAt)
    {
        this.numbers = numbers;
        this.at = at;
        this.phrasings = phrasings;
        this.idCount = idCount;
        this.weights = weights;
        this.weightsAt = weightsAt;
    }

    /// <summary>The language field of each phrasing.</summary>
    public ReadOnlySpan<int> Fields => numbers.AsSpan(at, phrasings);

    /// <summary>Where each phrasing's terms begin in <see cref="Ids"/>; one more entry, the end.</summary>
    public ReadOnlySpan<int> Starts => numbers.AsSpan(at + phrasings, phrasings + 1);

    /// <summary>The distinct terms of every phrasing in order of first use, phrasing after phrasing.</summary>
    public ReadOnlySpan<int> Ids => numbers.AsSpan(at + (2 * phrasings) + 1, idCount);

    /// <summary>Each phrasing's total weight.</summary>
    public ReadOnlySpan<double> Weights => weights.AsSpan(weightsAt, phrasings);

    /// <summary>How many numbers a copy of the record takes (<see cref="CopyTo"/>: a header of two, then fields,
    /// starts and term numbers).</summary>
    public int CopiedNumbers => 2 + (2 * phrasings) + 1 + idCount;

    /// <summary>How many weights a copy of the record takes.</summary>
    public int CopiedWeights => phrasings;

    /// <summary>The record copied into <paramref name="toNumbers"/> at <paramref name="numbersAt"/> (its counts first) and
    /// <paramref name="toWeights"/> at <paramref name="toWeightsAt"/>; <see cref="At"/> reads it back.</summary>
    public ClaimTerms CopyTo(int[] toNumbers, int numbersAt, double[] toWeights, int toWeightsAt)
    {
        toNumbers[numbersAt] = phrasings;
        toNumbers[numbersAt + 1] = idCount;
        numbers.AsSpan(at, CopiedNumbers - 2).CopyTo(toNumbers.AsSpan(numbersAt + 2));
        Weights.CopyTo(toWeights.AsSpan(toWeightsAt));
        return At(toNumbers, numbersAt, toWeights, toWeightsAt);
    }

    /// <summary>The record <see cref="CopyTo"/> copied to these places.</summary>
    public static ClaimTerms At(int[] numbers, int numbersAt, double[] weights, int weightsAt) =>
        new(numbers, numbersAt + 2, numbers[numbersAt], numbers[numbersAt + 1], weights, weightsAt);

    /// <summary>Reads the terms as <see cref="ClaimDocuments"/> stores them: phrasings separated by 0x1E, each its
    /// field index then its terms, separated by 0x1F (both below any byte of a multi-byte UTF-8 character).</summary>
    public static ClaimTerms Read(ReadOnlySpan<byte> stored, TermTable table)
    {
        if (stored.IsEmpty)
        {
            return new ClaimTerms([0], 0, 0, 0, [], 0);
        }

        var phrasings = stored.Count(PhrasingSeparator) + 1;
        var fields = new int[phrasings];
        var starts = new int[phrasings + 1];
        var weights = new double[phrasings];
        var ids = new List<int>(stored.Count(Separator));
        var p = 0;
        foreach (var range in stored.Split(PhrasingSeparator))
        {
            var phrasing = stored[range];
            starts[p] = ids.Count;
            var first = true;
            var field = 0;
            var sum = 0.0;
            foreach (var part in phrasing.Split(Separator))
            {
                if (first)
                {
                    field = ParseField(phrasing[part]);
                    first = false;
                    continue;
                }

                var id = table.IdOf(field, phrasing[part]);
                ids.Add(id);
                sum += table.Idf(id);
            }

            fields[p] = field;
            weights[p] = sum;
            p++;
        }

        starts[p] = ids.Count;
        int[] numbers = [.. fields, .. starts, .. ids];
        return new ClaimTerms(numbers, 0, phrasings, ids.Count, weights, 0);
    }

    private static int ParseField(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                throw new InvalidDataException("A claim's stored terms name no field.");
            }

            value = checked((value * 10) + (b - (byte)'0'));
        }

        return value;
    }
}
