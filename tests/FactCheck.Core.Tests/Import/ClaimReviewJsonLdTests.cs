using FactCheck.Core.Claims;
using FactCheck.Core.Import;

namespace FactCheck.Core.Tests.Import;

public class ClaimReviewJsonLdTests
{
    [Fact]
    public void Reads_a_single_ClaimReview_with_publisher_rating_date_and_appearance()
    {
        var file = Fixture.Parse("claimreview-single.jsonld");

        Assert.Null(file.FileError);
        Assert.Equal(ImportFormats.ClaimReview, file.Format);
        Assert.Empty(file.Rejections);
        var claim = Assert.Single(file.Claims);
        Assert.Equal("5G towers spread COVID-19", claim.Text);
        Assert.Equal("en", claim.Language);
        Assert.Equal(["https://social.example.com/post/123"], claim.Appearances);
        var review = Assert.Single(claim.Reviews);
        Assert.Equal("https://factcheck.example.org/2024/05/5g-covid", review.Url);
        Assert.Equal(new Publisher("Example Fact Check", "factcheck.example.org"), review.Publisher);
        Assert.Equal("False", review.RatingText);
        Assert.Equal(Verdict.False, review.Verdict);
        Assert.Equal(new DateOnly(2024, 5, 2), review.PublishedOn);
        Assert.Equal("No, 5G does not spread COVID-19", review.Headline);
    }

    [Fact]
    public void Reads_the_ClaimReview_of_a_graph_and_skips_other_nodes()
    {
        var file = Fixture.Parse("claimreview-graph.json");

        var claim = Assert.Single(file.Claims);
        Assert.Equal("The CDC lied about COVID-19 deaths", claim.Text);
        Assert.Equal(new DateOnly(2022, 6, 28), claim.Reviews[0].PublishedOn);
        Assert.Equal(["https://www.facebook.com/photo.php?fbid=1&set=a.2"], claim.Appearances);
        Assert.Equal("AFP Fact Check", claim.Reviews[0].Publisher.Name);
    }

    [Fact]
    public void Reads_type_arrays_lowercase_types_claim_arrays_author_arrays_and_urls_without_scheme()
    {
        var file = Fixture.Parse("claimreview-array-types.json");

        Assert.Empty(file.Rejections);
        Assert.Equal(2, file.Claims.Count);
        var first = file.Claims[0];
        Assert.Equal("Last tweets of the actor shared on 14 June", first.Text);
        Assert.Equal("The actor's last tweets", Assert.Single(first.Phrasings).Text);
        Assert.Equal("https://aosfatos.example.org/noticias/ultimos-tweets/", first.Reviews[0].Url);
        Assert.Equal("Aos Fatos Example", first.Reviews[0].Publisher.Name);
        Assert.Equal("não_é_bem_assim", first.Reviews[0].RatingText);
        Assert.Equal(Verdict.MissingContext, first.Reviews[0].Verdict);
        Assert.Equal(new DateOnly(2020, 6, 16), first.Reviews[0].PublishedOn);

        var second = file.Claims[1].Reviews[0];
        Assert.Equal("https://africacheck.example.org/reports/interferon", second.Url);
        Assert.Equal("Incorrect", second.RatingText);
        Assert.Equal(Verdict.False, second.Verdict);
        Assert.Equal(new DateOnly(2020, 3, 27), second.PublishedOn);
    }

    [Fact]
    public void Rejects_reviews_without_rating_words_and_keeps_unrecognised_words_as_Other()
    {
        var file = Fixture.Parse("claimreview-quirks.json");

        Assert.Equal(
            [new ImportRejection("record 1", "no rating: a claim without a rating is not a fact-check"),
             new ImportRejection("record 2", "no rating words, only a ratingValue: numbers alone never make a verdict")],
            file.Rejections);
        var claim = Assert.Single(file.Claims);
        Assert.Equal(Verdict.Other, claim.Reviews[0].Verdict);
        Assert.StartsWith("The mayor never said", claim.Reviews[0].RatingText, StringComparison.Ordinal);
        Assert.Null(claim.Reviews[0].PublishedOn);
    }

    [Fact]
    public void Keeps_unrated_reviews_as_Other_and_decodes_entities_when_ratings_are_not_required()
    {
        var file = ClaimFileParser.Parse(Fixture.PathOf("claimreview-quirks.json"), ImportOptions.UnratedAllowed);

        Assert.Empty(file.Rejections);
        Assert.Equal(3, file.Claims.Count);
        Assert.Equal("Priyanka's wedding was officiated by a cleric", file.Claims[0].Text);
        Assert.Equal(new DateOnly(2019, 4, 19), file.Claims[0].Reviews[0].PublishedOn);
        Assert.All(file.Claims, c => Assert.Equal(Verdict.Other, c.Reviews[0].Verdict));
        Assert.Equal(string.Empty, file.Claims[1].Reviews[0].RatingText);
        Assert.Equal(new DateOnly(2022, 5, 11), file.Claims[1].Reviews[0].PublishedOn);
    }

    [Fact]
    public void Rejects_records_with_their_position_and_reason()
    {
        var file = Fixture.Parse("claimreview-rejections.json");

        Assert.Null(file.FileError);
        Assert.Equal("A good one", Assert.Single(file.Claims).Text);
        Assert.Collection(
            file.Rejections,
            r => Assert.Equal(new ImportRejection("record 2", "missing claim text"), r),
            r => Assert.Equal(new ImportRejection("record 3", "bad review URL 'htp:/x'"), r),
            r => Assert.Equal(new ImportRejection("record 4", "bad date '2020-13-45'"), r),
            r =>
            {
                Assert.Equal("record 5", r.Position);
                Assert.Contains("relative", r.Reason, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Reads_the_ClaimReviews_of_a_DataFeedItem()
    {
        var file = Fixture.Parse("datafeed.json");

        var claim = Assert.Single(file.Claims);
        Assert.Equal("Die Oberbürgermeisterin riet Frauen, nachts zu Hause zu bleiben", claim.Text);
        Assert.Equal(Verdict.False, claim.Reviews[0].Verdict);
        Assert.Single(claim.Appearances);
    }

    [Fact]
    public void Reads_JSON_LD_inside_HTML_resolving_a_relative_url_and_reporting_only_broken_ClaimReview_blocks()
    {
        var file = Fixture.Parse("page.html");

        Assert.Equal(ImportFormats.ClaimReviewInHtml, file.Format);
        var claim = Assert.Single(file.Claims);
        Assert.Equal("https://www.estadao.example.com/estadao-verifica/yanomamis/", claim.Reviews[0].Url);
        Assert.Equal("pt", claim.Language);
        Assert.Equal(Verdict.False, claim.Reviews[0].Verdict);
        Assert.Equal("", claim.Reviews[0].Publisher.Name);
        Assert.Equal("estadao.example.com", claim.Reviews[0].Publisher.DisplayName);
        var broken = Assert.Single(file.Rejections);
        Assert.Equal("script block 4", broken.Position);
        Assert.StartsWith("ClaimReview block is not valid JSON", broken.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_an_HTML_page_wrapped_in_a_JSON_string_using_its_url()
    {
        var file = Fixture.Parse("wrapped-page.json");

        Assert.Equal(ImportFormats.ClaimReviewInHtml, file.Format);
        Assert.Equal("https://www.estadao.example.com/estadao-verifica/yanomamis/", Assert.Single(file.Claims).Reviews[0].Url);
    }

    [Fact]
    public void Derives_the_same_claim_id_from_the_review_url_at_every_parse()
    {
        var first = Fixture.Parse("claimreview-single.jsonld").Claims[0].Id;
        var again = Fixture.Parse("claimreview-single.jsonld").Claims[0].Id;

        Assert.Equal(first, again);
        Assert.StartsWith("u-", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_one_claim_id_to_the_same_article_linked_with_http_or_www()
    {
        static string IdOf(string url) => ClaimFileParser.Parse(
            System.Text.Encoding.UTF8.GetBytes($$"""{"@type":"ClaimReview","claimReviewed":"x","url":"{{url}}","reviewRating":{"alternateName":"False"} }"""), "x.json").Claims[0].Id;

        Assert.Equal(IdOf("https://factcheck.example.org/a/"), IdOf("http://www.factcheck.example.org/a?utm_source=feed"));
        Assert.NotEqual(IdOf("https://factcheck.example.org/a"), IdOf("https://factcheck.example.org/b"));
    }

    [Fact]
    public void Keeps_a_review_without_web_address_under_its_urn_identifier_with_its_translations()
    {
        var file = Fixture.Parse("claimreview-urn-id.jsonld");

        var claim = Assert.Single(file.Claims);
        Assert.StartsWith("u-", claim.Id, StringComparison.Ordinal);
        Assert.Equal(new Phrasing("Bulan terbuat dari keju.", "id"), Assert.Single(claim.Phrasings));
        Assert.Equal("urn:example:demo:moon-cheese", claim.Reviews[0].Url);
        Assert.Null(claim.Reviews[0].Publisher.Site);
        Assert.Equal(Verdict.Unverified, claim.Reviews[0].Verdict);
        Assert.Equal(new ImportRejection("record 2", "missing review URL"), Assert.Single(file.Rejections));
    }
}
