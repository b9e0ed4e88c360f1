using System.Runtime.CompilerServices;
using System.Text;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>Reading line- and row-based text: JSONL and CSV.</summary>
public sealed partial class ClaimFileReader
{
    private async IAsyncEnumerable<IReadOnlyList<Claim>> Lines(Encoding encoding, int preamble, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Format = ImportFormats.ClaimsJsonl;
        using var text = OpenText(encoding, preamble);
        var lines = new BoundedLineReader(text, MaxLineChars);
        long number = 0;
        while (lines.Next(out var tooLong) is { } line)
        {
            number++;
            if (tooLong)
            {
                context.Reject($"line {number}", $"line longer than {MaxLineChars / (1024 * 1024)} MiB characters, not read");
            }
            else
            {
                ClaimsJsonlReader.ReadLine(line, number, context);
            }

            if (context.Claims.Count >= context.Options.BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Drain();
            }
        }

        if (context.Records == 0)
        {
            FileError = "no claim records";
            yield break;
        }

        yield return Drain();
        await Task.CompletedTask;
    }

    private async IAsyncEnumerable<IReadOnlyList<Claim>> CsvRows(Encoding encoding, int preamble, char delimiter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Format = ImportFormats.Csv;
        using var text = OpenText(encoding, preamble);
        using var records = CsvTokenizer.Records(text, delimiter).GetEnumerator();
        if (!records.MoveNext())
        {
            FileError = "empty file";
            yield break;
        }

        if (CsvClaimReader.Columns(records.Current.Fields, context, out var columns) is { } error)
        {
            FileError = error;
            yield break;
        }

        // Whether slash dates put the month first is decided by the first date that cannot be day first: a second
        // pass over the file, which stops there (usually within the first rows).
        bool monthFirst;
        using (var ahead = OpenText(encoding, preamble, track: false))
        {
            monthFirst = CsvClaimReader.MonthFirst(CsvTokenizer.Records(ahead, delimiter).Skip(1), columns);
        }

        while (records.MoveNext())
        {
            var (line, fields) = records.Current;
            CsvClaimReader.ReadRow(fields, columns, line, monthFirst, context);
            if (context.Claims.Count >= context.Options.BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return Drain();
            }
        }

        if (context.Records == 0)
        {
            FileError = "header row only, no records";
            yield break;
        }

        yield return Drain();
        await Task.CompletedTask;
    }
}
