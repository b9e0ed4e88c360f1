using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace FactCheck.Bot.Web.Html;

/// <summary>Output encoding for every value put into a page: a tip is hostile input.</summary>
internal static class Html
{
    // Every script is kept readable (Indonesian, emoji), while <, >, &, quotes and controls are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text, encoded for an element's content or a quoted attribute.</summary>
    public static string E(string? text) => text is null ? string.Empty : Encoder.Encode(text);

    /// <summary>A value for a URL's query.</summary>
    public static string Q(string? text) => Uri.EscapeDataString(text ?? string.Empty);

    /// <summary>A number in the invariant culture.</summary>
    public static string N(double value, string format = "0") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A moment as reviewers read it (UTC).</summary>
    public static string When(DateTimeOffset? moment) =>
        moment is { } m ? m.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "–";

    /// <summary>A link only to an http(s) address; anything else (javascript:, data:) is shown as text.</summary>
    public static string Link(string? url, string? label = null)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return $"<a href=\"{E(uri.AbsoluteUri)}\" rel=\"noopener noreferrer nofollow\">{E(label ?? url)}</a>";
        }

        return E(label ?? url);
    }
}
