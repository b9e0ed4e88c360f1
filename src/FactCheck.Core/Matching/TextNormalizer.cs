using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Matching;

/// <summary>Normalises messages and claim texts the same way, so that what differs only in form compares equal.</summary>
public static partial class TextNormalizer
{
    /// <summary>Normalises <paramref name="text"/>; never throws, whatever the input.</summary>
    public static NormalizedText Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new NormalizedText(string.Empty, []);
        }

        var cleaned = RemoveInvisible(text);
        string normalized;
        try
        {
            normalized = cleaned.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates were already replaced; this guards against anything else the BCL refuses.
            normalized = cleaned;
        }

        var urls = new List<string>();
        var withoutUrls = UrlPattern().Replace(normalized, m =>
        {
            var canonical = UrlCanonicalizer.Canonicalize(m.Value.TrimEnd('.', ',', ')', '!', '?', ';', ':', '"', '\''));
            if (canonical is not null && !urls.Contains(canonical))
            {
                urls.Add(canonical);
            }

            return " ";
        });

        var folded = ThousandsSeparator().Replace(withoutUrls.ToLowerInvariant(), m => m.Value.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal));
        return new NormalizedText(folded, urls);
    }

    /// <summary>Removes zero-width, control and format characters and unpaired surrogates; line breaks become spaces only where they are not sentence ends.</summary>
    private static string RemoveInvisible(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                sb.Append(' ');
                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                    // Line breaks and tabs separate words; any other control character is noise inside a word.
                    if (c is '\n' or '\r')
                    {
                        sb.Append('\n');
                    }
                    else if (c == '\t')
                    {
                        sb.Append(' ');
                    }

                    break;
                case UnicodeCategory.Format:
                    // Zero-width spaces, joiners, bidi marks, soft hyphens: invisible, and used to dodge filters.
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\b\d{1,3}(?:[.,]\d{3})+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsSeparator();
}
