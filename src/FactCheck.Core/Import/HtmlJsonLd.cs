using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Import;

/// <summary>Finds the JSON-LD script blocks of an HTML page, and the page's address and language.</summary>
internal static partial class HtmlJsonLd
{
    /// <summary>Reads every ClaimReview in the page's ld+json blocks; returns how many were found.</summary>
    public static int Read(string html, ParseContext context)
    {
        context.PageUrl ??= Attribute(Canonical().Match(html)) ?? Attribute(OgUrl().Match(html));
        context.PageLanguage ??= Attribute(HtmlLang().Match(html));
        var found = 0;
        var block = 0;
        foreach (Match script in Script().Matches(html))
        {
            block++;
            try
            {
                using var doc = JsonDocument.Parse(script.Groups[1].Value, JsonTools.Options);
                found += ClaimReviewReader.ReadAll(doc.RootElement, context);
            }
            catch (JsonException e)
            {
                // One broken block (often a site's unrelated markup) does not spoil the page's ClaimReview.
                context.Reject($"script block {block}", $"not valid JSON ({JsonTools.Describe(e)})");
            }
        }

        return found;
    }

    private static string? Attribute(Match m) => m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : null;

    [GeneratedRegex("""<script[^>]*type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Script();

    [GeneratedRegex("""<link[^>]*rel\s*=\s*["']canonical["'][^>]*href\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex Canonical();

    [GeneratedRegex("""<meta[^>]*property\s*=\s*["']og:url["'][^>]*content\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex OgUrl();

    [GeneratedRegex("""<html[^>]*\slang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLang();
}
