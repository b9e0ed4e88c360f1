using FactCheck.Discord.Tips;

namespace FactCheck.Discord.Tests.Tips;

public sealed class DiscordContentTests
{
    [Fact]
    public void Markdown_is_escaped_but_links_are_left_whole()
    {
        var escaped = DiscordContent.Escape("**Loud** _claim_ #1 see https://example.org/a_b*c ok");

        Assert.Equal("\\*\\*Loud\\*\\* \\_claim\\_ \\#1 see https://example.org/a_b*c ok", escaped);
    }

    [Fact]
    public void A_long_list_is_cut_after_its_last_whole_line_and_marked()
    {
        var lines = Enumerable.Range(1, 100).Select(i => $"#{i} · {new string('x', 40)}");

        var fitted = DiscordContent.Fit(string.Join('\n', lines));

        Assert.True(fitted.Length <= DiscordContent.MaxLength);
        Assert.EndsWith(new string('x', 40) + "\n...", fitted, StringComparison.Ordinal);
    }

    [Fact]
    public void One_huge_line_is_cut_inside_and_marked()
    {
        var fitted = DiscordContent.Fit(new string('y', 5000));

        Assert.Equal(DiscordContent.MaxLength, fitted.Length);
        Assert.EndsWith("…\n...", fitted, StringComparison.Ordinal);
    }
}
