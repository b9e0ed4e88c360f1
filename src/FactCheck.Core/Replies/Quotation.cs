namespace FactCheck.Core.Replies;

/// <summary>Puts a quoted text (the passage of the user's message that matched) between quotation marks that the text
/// does not itself use, so that a message which begins with a quotation reads «"Anda…"» and not ""Anda…".</summary>
public static class Quotation
{
    /// <summary>Straight quotes first: the plain-text renderer's preference.</summary>
    public static readonly (string Open, string Close)[] Plain = [("\"", "\""), ("“", "”"), ("«", "»")];

    /// <summary>Curly quotes first.</summary>
    public static readonly (string Open, string Close)[] Curly = [("“", "”"), ("«", "»"), ("\"", "\"")];

    /// <summary>Guillemets first.</summary>
    public static readonly (string Open, string Close)[] Guillemets = [("«", "»"), ("“", "”"), ("\"", "\"")];

    private static readonly (string Open, string Close)[] Pairs = [("\"", "\""), ("“", "”"), ("„", "“"), ("«", "»"), ("‘", "’"), ("'", "'")];

    /// <summary><paramref name="text"/> between the first pair of <paramref name="marks"/> that it does not contain; a
    /// text that is one whole quotation loses its own marks first.</summary>
    public static string Quote(string text, IReadOnlyList<(string Open, string Close)> marks)
    {
        var inner = Unwrap(text.Trim());
        var (open, close) = marks.FirstOrDefault(m => !inner.Contains(m.Open, StringComparison.Ordinal) && !inner.Contains(m.Close, StringComparison.Ordinal));
        if (open is null)
        {
            (open, close) = marks[0];
        }

        return open + inner + close;
    }

    // "Vaksin berisi chip" sent with its quotation marks: the marks are the user's, the words are what matched.
    private static string Unwrap(string text)
    {
        foreach (var (open, close) in Pairs)
        {
            if (text.Length > open.Length + close.Length && text.StartsWith(open, StringComparison.Ordinal) && text.EndsWith(close, StringComparison.Ordinal))
            {
                var inner = text[open.Length..^close.Length];
                if (!inner.Contains(open, StringComparison.Ordinal) && !inner.Contains(close, StringComparison.Ordinal))
                {
                    return inner.Trim();
                }
            }
        }

        return text;
    }
}
