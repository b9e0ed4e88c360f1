using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

public sealed class TextNormalizerTests
{
    [Fact]
    public void Removes_zero_width_and_control_characters_and_folds_case()
    {
        var result = TextNormalizer.Normalize("Vak\u200Bsin\u200D ME\u0000NGANDUNG\u00AD chip");
        Assert.Equal("vaksin mengandung chip", result.Text.Replace("  ", " ", StringComparison.Ordinal).Trim());
    }

    [Fact]
    public void Applies_compatibility_normalisation_to_styled_letters()
    {
        Assert.Equal("vaccine", TextNormalizer.Normalize("𝐕𝐚𝐜𝐜𝐢𝐧𝐞").Text);
        Assert.Equal("hoax", TextNormalizer.Normalize("ｈｏａｘ").Text);
    }

    [Fact]
    public void Sets_urls_aside_in_canonical_form()
    {
        var result = TextNormalizer.Normalize("Lihat https://www.Example.com/berita/123/?utm_source=wa&id=7#top ini!");
        Assert.Equal(["example.com/berita/123?id=7"], result.Urls);
        Assert.DoesNotContain("example", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Joins_thousands_separators_of_both_languages()
    {
        Assert.Contains("13500", TextNormalizer.Normalize("hingga 13.500 tentara").Text, StringComparison.Ordinal);
        Assert.Contains("13500", TextNormalizer.Normalize("up to 13,500 soldiers").Text, StringComparison.Ordinal);
        Assert.Contains("1.5", TextNormalizer.Normalize("naik 1.5 persen").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Survives_lone_surrogates_and_binary_noise()
    {
        var result = TextNormalizer.Normalize("ab\uD800cd\uDFFF\u0001\u0002\uFFFD");
        Assert.DoesNotContain('\uD800', result.Text);
        Assert.StartsWith("ab", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://x.com/user/status/1?s=20", "twitter.com/user/status/1")]
    [InlineData("https://mobile.twitter.com/user/status/1", "twitter.com/user/status/1")]
    [InlineData("https://youtu.be/abc", "youtube.com/watch?v=abc")]
    [InlineData("www.example.org/a/", "example.org/a")]
    [InlineData("ftp://example.org/a", null)]
    [InlineData("not a url", null)]
    public void Canonicalises_urls(string url, string? expected) => Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));
}
