namespace FactCheck.Core.Feeds;

/// <summary>What a feed source's URL serves, and so how it is read.</summary>
public enum FeedKind
{
    /// <summary>Google Fact Check Tools `claims:search`, paged through `nextPageToken`.</summary>
    FactCheckApi,

    /// <summary>ClaimReview JSON-LD: a schema.org DataFeed, an array or an `@graph`.</summary>
    ClaimReviewFeed,

    /// <summary>A sitemap (or sitemap index) of a fact-checker's articles; each article page is read.</summary>
    Sitemap,

    /// <summary>An RSS 2.0 or Atom feed of a fact-checker's articles; each article page is read.</summary>
    Rss,
}
