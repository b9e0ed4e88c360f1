using FactCheck.Core.Feeds;

namespace FactCheck.Core.Tests.Feeds;

public sealed class RobotsRulesTests
{
    [Theory]
    [InlineData("/private/draft.html", false)]
    [InlineData("/private/public-note.html", true)]
    [InlineData("/search?q=x", false)]
    [InlineData("/artikel/a.pdf", false)]
    [InlineData("/artikel/a.pdf.html", true)]
    [InlineData("/artikel/a.html", true)]
    public void The_star_group_applies_with_the_longest_match_winning(string path, bool allowed)
    {
        var rules = RobotsRules.Parse("""
            User-agent: *
            Disallow: /private/
            Allow: /private/public
            Disallow: /search
            Disallow: /*.pdf$

            User-agent: otherbot
            Disallow: /
            """);

        Assert.Equal(allowed, rules.Allows(new Uri("https://cekfakta.example" + path)));
    }

    [Fact]
    public void A_group_naming_this_bot_replaces_the_star_group()
    {
        var rules = RobotsRules.Parse("User-agent: *\nDisallow: /\n\nUser-agent: FactCheck-Bot\nDisallow: /admin/\n");

        Assert.True(rules.Allows(new Uri("https://cekfakta.example/artikel/a")));
        Assert.False(rules.Allows(new Uri("https://cekfakta.example/admin/x")));
    }

    [Fact]
    public void An_empty_disallow_allows_everything()
    {
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n").Allows(new Uri("https://cekfakta.example/any")));
    }
}
