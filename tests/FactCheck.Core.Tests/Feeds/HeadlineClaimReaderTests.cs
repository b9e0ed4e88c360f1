using FactCheck.Core.Claims;
using FactCheck.Core.Feeds;

namespace FactCheck.Core.Tests.Feeds;

public sealed class HeadlineClaimReaderTests
{
    private static readonly Uri Page = new("https://turnbackhoax.example/2026/11/21/salah-video-banjir/");

    [Theory]
    [InlineData("[SALAH] Video banjir di Bandung adalah rekaman baru", "SALAH", Verdict.False)]
    [InlineData("[HOAKS] Vaksin berisi chip pelacak dari luar negeri", "HOAKS", Verdict.False)]
    [InlineData("[DISINFORMASI] Bansos dihentikan mulai bulan depan", "DISINFORMASI", Verdict.False)]
    [InlineData("[MISINFORMASI]: Foto antrean BBM ini diambil kemarin", "MISINFORMASI", Verdict.False)]
    [InlineData("[KLARIFIKASI] Jadwal libur sekolah diundur seminggu", "KLARIFIKASI", Verdict.Other)]
    [InlineData("[FALSE] Electricity prices will triple next month", "FALSE", Verdict.False)]
    [InlineData("[MISLEADING] The new rule bans all cash payments", "MISLEADING", Verdict.Misleading)]
    public void A_rating_tag_in_the_og_title_becomes_the_rating_and_the_rest_the_claim(string title, string rating, Verdict verdict)
    {
        var html = $"""<html lang="id"><head><meta property="og:title" content="{title}"><meta property="article:published_time" content="2026-11-21T10:00:00+07:00"></head></html>""";

        var claim = HeadlineClaimReader.Read(html, Page, null, out var reason);

        Assert.True(claim is not null, reason);
        Assert.Equal(rating, claim.Reviews[0].RatingText);
        Assert.Equal(verdict, claim.Reviews[0].Verdict);
        Assert.Equal(title[(title.IndexOf(']', StringComparison.Ordinal) + 1)..].TrimStart(':', ' '), claim.Text);
        Assert.Equal(new DateOnly(2026, 11, 21), claim.Reviews[0].PublishedOn);
        Assert.Equal(Page.AbsoluteUri, claim.Reviews[0].Url);
        Assert.Equal("turnbackhoax.example", claim.Reviews[0].Publisher.Site);
    }

    [Fact]
    public void A_title_loses_the_site_name_after_the_headline_and_the_list_date_stands_in_for_a_missing_one()
    {
        var html = "<html><head><title>[SALAH] Gubernur melarang sepeda motor di jalan utama | TurnBackHoax</title></head></html>";

        var claim = HeadlineClaimReader.Read(html, Page, new DateTimeOffset(2026, 11, 20, 23, 0, 0, TimeSpan.Zero), out _);

        Assert.Equal("Gubernur melarang sepeda motor di jalan utama", claim!.Text);
        Assert.Equal(new DateOnly(2026, 11, 20), claim.Reviews[0].PublishedOn);
    }

    [Theory]
    [InlineData("<html><head><title>Tips sehat di musim hujan untuk keluarga</title></head></html>", "no rating tag")]
    [InlineData("<html><head><title>[VIDEO] Banjir di Bandung pekan ini sangat parah</title></head></html>", "is not a rating")]
    [InlineData("<html><head><title>[SALAH] Ya</title></head></html>", "too short")]
    [InlineData("<html><body>no headline at all</body></html>", "no headline")]
    public void A_page_without_a_known_rating_tag_gives_no_claim_and_says_why(string html, string why)
    {
        Assert.Null(HeadlineClaimReader.Read(html, Page, null, out var reason));
        Assert.Contains(why, reason, StringComparison.Ordinal);
    }
}
