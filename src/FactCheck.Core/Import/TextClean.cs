using System.Net;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Import;

/// <summary>Feed text made presentable: HTML entities decoded, tags dropped, whitespace folded.</summary>
internal static partial class TextClean
{
    /// <summary>One line of text: entities decoded, runs of whitespace (also "\r") folded to one space, trimmed.</summary>
    public static string Inline(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var decoded = value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value;
        return Whitespace().Replace(decoded, " ").Trim();
    }

    /// <summary>Like <see cref="Inline"/>, with HTML tags removed first (summaries often carry "&lt;p&gt;" markup).</summary>
    public static string WithoutTags(string? value) =>
        string.IsNullOrWhiteSpace(value) ? string.Empty : Inline(Tag().Replace(value, " "));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"<[^>]{0,500}>")]
    private static partial Regex Tag();
}
