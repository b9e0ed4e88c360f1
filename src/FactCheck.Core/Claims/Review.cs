namespace FactCheck.Core.Claims;

/// <summary>One published fact-check of a claim (a schema.org ClaimReview).</summary>
/// <param name="Url">The fact-check article; the review's identity.</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="RatingText">The rating exactly as the publisher wrote it.</param>
/// <param name="Verdict">Our normalised reading of <paramref name="RatingText"/>.</param>
/// <param name="PublishedOn">Date of publication, when given.</param>
/// <param name="Headline">The article's headline, when given.</param>
/// <param name="Language">BCP-47 language of the review, when given.</param>
/// <param name="Summary">A short explanation, when the source carries one.</param>
public sealed record Review(
    string Url,
    Publisher Publisher,
    string RatingText,
    Verdict Verdict,
    DateOnly? PublishedOn = null,
    string? Headline = null,
    string? Language = null,
    string? Summary = null)
{
    /// <summary>True when <see cref="Url"/> is an http(s) link a reader can open; demo data (urn:) and benchmark claims have none.</summary>
    public bool HasWebLink =>
        Uri.TryCreate(Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
