using System.Text;

namespace FactCheck.Core.Import;

/// <summary>Lines of a reader, each cut off at a maximum length: one line without an end (a binary blob, a
/// minified dump) must not become one string of the whole file.</summary>
internal sealed class BoundedLineReader(TextReader reader, int maxChars)
{
    private readonly CharCursor chars = new(reader);
    private readonly StringBuilder line = new();

    /// <summary>The next line without its end (`\n`, `\r\n`), null at the end of the text; <paramref name="tooLong"/>
    /// when the line was longer than the maximum (its text is then empty and the rest of it skipped).</summary>
    public string? Next(out bool tooLong)
    {
        line.Clear();
        tooLong = false;
        var any = false;
        while (chars.Next() is var c && c >= 0)
        {
            any = true;
            if (c == '\n')
            {
                break;
            }

            if (tooLong)
            {
                continue;
            }

            line.Append((char)c);
            if (line.Length > maxChars)
            {
                tooLong = true;
                line.Clear();
            }
        }

        if (!any)
        {
            return null;
        }

        if (line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }

        return line.ToString();
    }
}
