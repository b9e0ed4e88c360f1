using System.Text;
using FactCheck.Core.Feeds;

namespace FactCheck.Core.Tests.Feeds;

public sealed class ArticleListReaderTests
{
    private static readonly Uri Base = new("https://cekfakta.example/feeds/list.xml");

    [Fact]
    public void A_sitemap_gives_each_loc_with_its_lastmod_even_without_whitespace_between_elements()
    {
        var list = Read("""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://cekfakta.example/a</loc><lastmod>2026-11-20</lastmod></url><url><loc>/b</loc></url></urlset>""");

        Assert.Null(list.Problem);
        Assert.Equal(["https://cekfakta.example/a", "https://cekfakta.example/b"], list.Articles.Select(a => a.Url.AbsoluteUri));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero), list.Articles[0].Modified);
        Assert.Null(list.Articles[1].Modified);
    }

    [Fact]
    public void A_sitemap_index_gives_its_child_sitemaps()
    {
        var list = Read("""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://cekfakta.example/post-sitemap1.xml</loc></sitemap></sitemapindex>""");

        Assert.Empty(list.Articles);
        Assert.Equal("https://cekfakta.example/post-sitemap1.xml", Assert.Single(list.Sitemaps).AbsoluteUri);
    }

    [Fact]
    public void Rss_items_give_their_links_and_pubDates_and_the_channel_image_is_no_article()
    {
        var list = Read("""
            <rss version="2.0"><channel><link>https://cekfakta.example/</link>
              <image><url>https://cekfakta.example/logo.png</url><link>https://cekfakta.example/</link></image>
              <item><title>[SALAH] x</title><link>https://cekfakta.example/x</link><pubDate>Mon, 23 Nov 2026 09:00:00 +0700</pubDate></item>
            </channel></rss>
            """);

        var item = Assert.Single(list.Articles);
        Assert.Equal("https://cekfakta.example/x", item.Url.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero), item.Modified);
    }

    [Fact]
    public void Atom_entries_give_their_alternate_link_resolved_against_the_feed_and_their_updated_date()
    {
        var list = Read("""
            <feed xmlns="http://www.w3.org/2005/Atom"><link href="https://cekfakta.example/atom" rel="self"/>
              <entry><link rel="alternate" href="posts/1.html"/><link rel="edit" href="https://cekfakta.example/edit/1"/>
                <updated>2026-11-25T12:00:00Z</updated><published>2026-11-24T12:00:00Z</published></entry>
            </feed>
            """);

        var entry = Assert.Single(list.Articles);
        Assert.Equal("https://cekfakta.example/feeds/posts/1.html", entry.Url.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero), entry.Modified);
    }

    [Fact]
    public void A_list_with_a_DTD_is_refused_so_no_entity_is_expanded_and_no_file_read()
    {
        var list = Read("""
            <?xml version="1.0"?>
            <!DOCTYPE urlset [<!ENTITY lol "lol"><!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <urlset><url><loc>https://cekfakta.example/&secret;</loc></url></urlset>
            """);

        Assert.Empty(list.Articles);
        Assert.StartsWith("not a readable sitemap, RSS or Atom list", list.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>Maintenance</body></html>")]
    [InlineData("{\"not\":\"xml\"}")]
    [InlineData("<urlset><url><loc>javascript:alert(1)</loc></url></urlset>")]
    public void Anything_else_is_a_problem_not_an_exception(string text)
    {
        var list = Read(text);

        Assert.Empty(list.Articles);
        Assert.NotNull(list.Problem);
    }

    private static ArticleList Read(string xml) => ArticleListReader.Read(Encoding.UTF8.GetBytes(xml), Base);
}
