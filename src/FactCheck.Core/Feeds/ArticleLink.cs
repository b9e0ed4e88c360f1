namespace FactCheck.Core.Feeds;

/// <summary>An article named by a sitemap or an RSS/Atom feed, with the date the list gives it (lastmod, updated, pubDate).</summary>
public sealed record ArticleLink(Uri Url, DateTimeOffset? Modified);
