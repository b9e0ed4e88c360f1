using System.Net;
using System.Text.RegularExpressions;
using FactCheck.Core.Claims;
using FactCheck.Core.Import;
using FactCheck.Core.Matching;

namespace FactCheck.Core.Feeds;

/// <summary>A fact-check article without ClaimReview markup whose headline starts with a rating tag in brackets
/// ("[SALAH] Video ...", TurnBackHoax's and other Indonesian publishers' convention) read as a claim: the tag is the
/// rating, the rest of the headline the claim's text, the article its review.</summary>
/// <remarks>Only a tag the rating words know (or a label those publishers use, such as KLARIFIKASI) counts: "[VIDEO]" or
/// "[UPDATE]" is not a verdict, and a page with no such tag gives no claim rather than an invented one.</remarks>
public static partial class HeadlineClaimReader
{
    // Labels Indonesian checkers put in brackets that are ratings but not (yet) normalised verdicts.
    private static readonly HashSet<string> OtherRatingLabels = new(StringComparer.Ordinal) { "klarifikasi", "cek fakta", "fakta atau hoaks" };

    /// <summary>The claim the headline states, or null with the reason.</summary>
    /// <remarks><paramref name="listedOn"/> is the date the sitemap or feed gave the article, used when the page shows none.</remarks>
    public static Claim? Read(string html, Uri pageUrl, DateTimeOffset? listedOn, out string reason)
    {
        var og = Meta(html, "og:title");
        var title = og is null ? Inner(Title().Match(html)) : null;
        var headline = og ?? title ?? Inner(H1().Match(html));
        if (headline is null)
        {
            reason = "no ClaimReview JSON-LD and no headline";
            return null;
        }

        var tagged = Tag().Match(headline);
        if (!tagged.Success)
        {
            reason = "no ClaimReview JSON-LD and no rating tag such as [SALAH] in the headline";
            return null;
        }

        var rating = tagged.Groups[1].Value.Trim();
        var verdict = RatingMapper.Map(rating);
        if (verdict == Verdict.Other && !OtherRatingLabels.Contains(RatingMapper.Normalize(rating)))
        {
            reason = $"no ClaimReview JSON-LD, and the headline's tag [{rating}] is not a rating";
            return null;
        }

        // Only a <title> carries the site's name after the headline; an og:title or h1 keeps its own dashes.
        var text = (title is null ? tagged.Groups[2].Value : SiteSuffix().Replace(tagged.Groups[2].Value, string.Empty)).Trim();
        if (text.Length < 10)
        {
            reason = "the headline after its rating tag is too short to be a claim";
            return null;
        }

        var url = UrlTools.Canonicalize(Meta(html, "og:url") ?? pageUrl.AbsoluteUri, pageUrl.AbsoluteUri, out _) ?? pageUrl.AbsoluteUri;
        var language = LanguageTag.Optional(Attribute(HtmlLang().Match(html)))
            ?? LanguageGuesser.Guess(TextNormalizer.Normalize(text).Text);
        if (!DateParser.TryParse(Meta(html, "article:published_time") ?? Attribute(TimeTag().Match(html)), out var published))
        {
            published = null; // an unreadable date on the page: the list's date stands in
        }

        published ??= listedOn is { } listed ? DateOnly.FromDateTime(listed.UtcDateTime) : null;
        var site = UrlTools.Host(url);
        var review = new Review(url, new Publisher(Meta(html, "og:site_name") ?? site ?? string.Empty, site), rating, verdict, published, headline, language);
        reason = string.Empty;
        return new Claim(UrlTools.ClaimIdFor(url), text, language, [], [], [review]);
    }

    private static string? Meta(string html, string property)
    {
        foreach (Match m in MetaTag().Matches(html))
        {
            var tag = m.Value;
            var name = Attribute(MetaName().Match(tag));
            if (string.Equals(name, property, StringComparison.OrdinalIgnoreCase) && Attribute(MetaContent().Match(tag)) is { Length: > 0 } content)
            {
                return content;
            }
        }

        return null;
    }

    private static string? Attribute(Match m) => m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : null;

    private static string? Inner(Match m) =>
        m.Success && TextClean.WithoutTags(WebUtility.HtmlDecode(m.Groups[1].Value)) is { Length: > 0 } text ? TextClean.Inline(text) : null;

    [GeneratedRegex(@"^\s*\[\s*([^\[\]]{2,40})\s*\]\s*[:\-–—]?\s*(.+)$", RegexOptions.Singleline)]
    private static partial Regex Tag();

    // "… | TurnBackHoax" or " - Cek Fakta": the site's name after the headline in <title>.
    [GeneratedRegex(@"\s+[|–—-]\s+[^|–—-]{2,40}$")]
    private static partial Regex SiteSuffix();

    [GeneratedRegex("<meta\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    [GeneratedRegex("""(?:property|name)\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaName();

    [GeneratedRegex("""content\s*=\s*["']([^"']*)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaContent();

    [GeneratedRegex("<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex("<h1[^>]*>(.*?)</h1>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex H1();

    [GeneratedRegex("""<time[^>]*\sdatetime\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex TimeTag();

    [GeneratedRegex("""<html[^>]*\slang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLang();
}
