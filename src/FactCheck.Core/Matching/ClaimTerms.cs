namespace FactCheck.Core.Matching;

/// <summary>The analysed terms of a claim's phrasings as term numbers of one <see cref="TermTable"/>, each phrasing in
/// its language field with its total weight (the sum of its terms' weights, in the order the terms are stored).</summary>
internal sealed class ClaimTerms
{
    private const byte Separator = 0x1F;
    private const byte PhrasingSeparator = 0x1E;

    private ClaimTerms(int[] fields, int[] starts, int[] ids, double[] weights)
    {
        Fields = fields;
        Starts = starts;
        Ids = ids;
        Weights = weights;
    }

    /// <summary>The language field of each phrasing.</summary>
    public int[] Fields { get; }

    /// <summary>Where each phrasing's terms begin in <see cref="Ids"/>; one more entry, the end.</summary>
    public int[] Starts { get; }

    /// <summary>The distinct terms of every phrasing in order of first use, phrasing after phrasing.</summary>
    public int[] Ids { get; }

    /// <summary>Each phrasing's total weight.</summary>
    public double[] Weights { get; }

    /// <summary>Reads the terms as <see cref="ClaimDocuments"/> stores them: phrasings separated by 0x1E, each its
    /// field index then its terms, separated by 0x1F (both below any byte of a multi-byte UTF-8 character).</summary>
    public static ClaimTerms Read(ReadOnlySpan<byte> stored, TermTable table)
    {
        if (stored.IsEmpty)
        {
            return new ClaimTerms([], [0], [], []);
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
        return new ClaimTerms(fields, starts, [.. ids], weights);
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
