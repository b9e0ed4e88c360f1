using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FactCheck.Core.Matching;

namespace FactCheck.Core.Import;

/// <summary>Review and appearance URLs as found in feeds, made absolute and canonical; claim ids derived from them.</summary>
internal static partial class UrlTools
{
    /// <summary>The canonical absolute http(s) URL, or null with the reason.</summary>
    /// <param name="value">The URL as the feed wrote it.</param>
    /// <param name="reason">Why there is no URL, when the result is null.</param>
    /// <param name="baseUrl">The page the value came from, to resolve a relative URL against.</param>
    public static string? Canonicalize(string? value, string? baseUrl, out string reason)
    {
        reason = string.Empty;
        var text = TextClean.Inline(value);
        if (text.Length == 0)
        {
            reason = "missing review URL";
            return null;
        }

        Uri? uri;
        if (text.StartsWith("//", StringComparison.Ordinal))
        {
            text = "https:" + text;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out uri) && uri.Scheme is "http" or "https")
        {
            return Canonical(uri);
        }

        if (BareHost().IsMatch(text) && Uri.TryCreate("https://" + text, UriKind.Absolute, out uri))
        {
            // "aosfatos.org/noticias/...": a site name without its scheme, not a relative path.
            return Canonical(uri);
        }

        if (text.StartsWith('/') && baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b)
            && Uri.TryCreate(b, text, out uri))
        {
            return Canonical(uri);
        }

        reason = text.StartsWith('/')
            ? $"bad review URL '{Short(text)}': relative, and the file gives no page address to resolve it against"
            : $"bad review URL '{Short(text)}'";
        return null;
    }

    /// <summary>A stable claim id from a review URL: the same article always gives the same id, also when one feed
    /// links it with http or "www." and another without (the matcher's URL key decides what counts as the same page).</summary>
    public static string ClaimIdFor(string reviewUrl)
    {
        var key = UrlCanonicalizer.Canonicalize(reviewUrl) ?? reviewUrl;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "u-" + Convert.ToHexStringLower(hash.AsSpan(0, 10));
    }

    /// <summary>The host without "www.", for a publisher known only by its site.</summary>
    public static string? Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Host.Length > 0
            ? (u.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? u.Host[4..] : u.Host).ToLowerInvariant()
            : null;

    /// <summary>Lower-case scheme and host, no fragment, no default port, no tracking parameters.</summary>
    private static string Canonical(Uri uri)
    {
        var builder = new UriBuilder(uri) { Fragment = string.Empty, Host = uri.Host.ToLowerInvariant() };
        if (uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        if (builder.Query.Length > 1)
        {
            var kept = builder.Query.TrimStart('?').Split('&')
                .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("fbclid=", StringComparison.OrdinalIgnoreCase));
            builder.Query = string.Join('&', kept);
        }

        return builder.Uri.AbsoluteUri;
    }

    private static string Short(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}(:\d+)?(/|$)")]
    private static partial Regex BareHost();
}
