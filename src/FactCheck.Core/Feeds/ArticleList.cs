namespace FactCheck.Core.Feeds;

/// <summary>A sitemap, sitemap index or RSS/Atom feed read: its articles, the child sitemaps of an index, or why it could not be read.</summary>
public sealed record ArticleList(IReadOnlyList<ArticleLink> Articles, IReadOnlyList<Uri> Sitemaps, string? Problem = null);
