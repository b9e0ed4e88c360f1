using System.Text;

namespace FactCheck.Core.Import;

/// <summary>Splits CSV text into records (RFC 4180 quoting, multi-line quoted fields, CRLF or LF) with their first line number.</summary>
internal static class CsvTokenizer
{
    /// <summary>The delimiter among ',', ';' and tab that occurs most often in the header line outside quotes.</summary>
    public static char DetectDelimiter(string text)
    {
        int comma = 0, semicolon = 0, tab = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c is '\n' or '\r')
                {
                    break;
                }

                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }

        return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }

    public static IEnumerable<(int Line, List<string> Fields)> Records(string text, char delimiter) =>
        Records(new StringReader(text), delimiter);

    /// <summary>The records of a reader, read a block at a time: only the current record is held.</summary>
    public static IEnumerable<(int Line, List<string> Fields)> Records(TextReader reader, char delimiter)
    {
        var chars = new CharCursor(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var fieldStarted = false;
        while (chars.Next() is var c && c >= 0)
        {
            if (quoted)
            {
                if (c == '"')
                {
                    if (chars.Peek() == '"')
                    {
                        field.Append('"');
                        chars.Next();
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append((char)c);
                }

                continue;
            }

            if (c == '"' && !fieldStarted)
            {
                quoted = true;
                fieldStarted = true;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && chars.Peek() == '\n')
                {
                    chars.Next();
                }

                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                if (fields.Count > 1 || fields[0].Length > 0)
                {
                    yield return (recordLine, fields);
                }

                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                // A stray quote inside an unquoted field is kept as text, as spreadsheet programs do.
                field.Append((char)c);
                fieldStarted = true;
            }
        }

        if (fieldStarted || field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }
}
