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
            var json = Wrapper().Replace(script.Groups[1].Value, string.Empty);
            try
            {
                using var doc = JsonDocument.Parse(json, JsonTools.Options);
                found += ClaimReviewReader.ReadAll(doc.RootElement, context);
            }
            catch (JsonException e) when (json.Contains("ClaimReview", StringComparison.OrdinalIgnoreCase))
            {
                found++;
                context.Reject($"script block {block}", $"ClaimReview block is not valid JSON ({JsonTools.Describe(e)})");
            }
            catch (JsonException)
            {
                // A broken block of the site's other markup (a VideoObject, an article) is none of our business.
            }
        }

        return found;
    }

    private static string? Attribute(Match m) => m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : null;

    [GeneratedRegex("""<script[^>]*type\s*=\s*["']?application/ld\+json["']?[^>]*>(.*?)</script>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Script();

    /// <summary>Old pages wrap script text in HTML comments or CDATA markers.</summary>
    [GeneratedRegex(@"^\s*(?:<!--|//\s*<!\[CDATA\[)|(?:-->|//\s*\]\]>)\s*$")]
    private static partial Regex Wrapper();

    [GeneratedRegex("""<link[^>]*rel\s*=\s*["']canonical["'][^>]*href\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex Canonical();

    [GeneratedRegex("""<meta[^>]*property\s*=\s*["']og:url["'][^>]*content\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex OgUrl();

    [GeneratedRegex("""<html[^>]*\slang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLang();
}
