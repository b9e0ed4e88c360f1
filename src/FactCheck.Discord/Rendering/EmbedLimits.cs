namespace FactCheck.Discord.Rendering;

/// <summary>Discord's embed limits (developers/resources/message.mdx, "Embed Limits").</summary>
internal static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int Embeds = 10;

    /// <summary>Title, description, field names and values and footers of all embeds of one message together.</summary>
    public const int Total = 6000;

    /// <summary>Cuts <paramref name="text"/> to <paramref name="max"/> characters, marking the cut with an ellipsis.</summary>
    public static string Truncate(string text, int max)
    {
        if (max <= 0)
        {
            return string.Empty;
        }

        if (text.Length <= max)
        {
            return text;
        }

        // Never split a surrogate pair: a half emoji renders as garbage.
        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
