using System.Globalization;
using System.Xml;

namespace FactCheck.Core.Feeds;

/// <summary>Reads a sitemap (urlset or sitemapindex), an RSS 2.0 channel or an Atom feed into article links.</summary>
/// <remarks>The XML is read forward only with DTDs refused, so a hostile list can neither expand entities nor reach a file;
/// elements are recognised by local name, since sites mix namespaces freely. Relative links resolve against the list.</remarks>
public static class ArticleListReader
{
    /// <summary>At most this many links are taken from one list: a runaway sitemap cannot fill memory.</summary>
    public const int MaxLinks = 50_000;

    public static ArticleList Read(byte[] xml, Uri listUrl)
    {
        var articles = new List<ArticleLink>();
        var sitemaps = new List<Uri>();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, MaxCharactersInDocument = 64L * 1024 * 1024 };
        try
        {
            using var stream = new MemoryStream(xml, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            string? link = null;
            string? date = null;
            var inEntry = false;
            var entryIsSitemap = false;
            // ReadElementContentAsString leaves the reader on the next node already: that node must not be skipped.
            var moved = false;
            while ((moved || reader.Read()) && articles.Count + sitemaps.Count < MaxLinks)
            {
                moved = false;
                if (reader.NodeType == XmlNodeType.Element)
                {
                    switch (reader.LocalName)
                    {
                        case "url" or "item" or "entry" when !reader.IsEmptyElement:
                            (inEntry, entryIsSitemap, link, date) = (true, false, null, null);
                            break;
                        case "sitemap" when !reader.IsEmptyElement:
                            (inEntry, entryIsSitemap, link, date) = (true, true, null, null);
                            break;
                        case "loc" when inEntry:
                            link = reader.ReadElementContentAsString();
                            moved = true;
                            break;
                        case "link" when inEntry:
                            // Atom: <link href=".." rel="alternate"/>; RSS: <link>..</link>.
                            var href = reader.GetAttribute("href");
                            var rel = reader.GetAttribute("rel");
                            if (href is not null)
                            {
                                link = rel is null or "alternate" ? href : link;
                            }
                            else if (!reader.IsEmptyElement)
                            {
                                link = reader.ReadElementContentAsString();
                                moved = true;
                            }

                            break;
                        case "lastmod" or "updated" or "pubDate" or "published" or "date" when inEntry:
                            var published = reader.LocalName == "published";
                            var value = reader.ReadElementContentAsString();
                            moved = true;
                            date = published && date is not null ? date : value;
                            break;
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement && inEntry && reader.LocalName is "url" or "item" or "entry" or "sitemap")
                {
                    inEntry = false;
                    if (Absolute(link, listUrl) is { } url)
                    {
                        if (entryIsSitemap)
                        {
                            sitemaps.Add(url);
                        }
                        else
                        {
                            articles.Add(new ArticleLink(url, ParseDate(date)));
                        }
                    }
                }
            }
        }
        catch (XmlException e)
        {
            return new ArticleList(articles, sitemaps, $"not a readable sitemap, RSS or Atom list (line {e.LineNumber.ToString(CultureInfo.InvariantCulture)}: {e.Message.Split('.')[0]})");
        }

        return articles.Count == 0 && sitemaps.Count == 0
            ? new ArticleList([], [], "no article links (no <url><loc>, <item><link> or Atom <entry><link>)")
            : new ArticleList(articles, sitemaps);
    }

    private static Uri? Absolute(string? link, Uri listUrl) =>
        Uri.TryCreate(listUrl, link?.Trim(), out var url) && url.Scheme is "http" or "https" ? url : null;

    /// <summary>W3C dates (sitemaps, Atom) and RFC 822 dates (RSS), as far as .NET reads them; anything else is no date.</summary>
    private static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed
            : DateTimeOffset.TryParseExact(text.Replace(" GMT", " +0000", StringComparison.Ordinal), "ddd, d MMM yyyy HH:mm:ss zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out parsed)
                ? parsed
                : null;
    }
}
