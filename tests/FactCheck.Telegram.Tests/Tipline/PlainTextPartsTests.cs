using System.Net;
using FactCheck.Telegram.Rendering;

namespace FactCheck.Telegram.Tests.Tipline;

/// <summary>The tip desk's plain answers as Telegram messages: escaped, and cut to fit when long (a tip's full text).</summary>
public sealed class PlainTextPartsTests
{
    [Fact]
    public void A_short_answer_is_one_escaped_message()
    {
        var parts = PlainTextParts.Of("Tip #3 <b>& \"friends\"</b>");

        Assert.Equal(["Tip #3 &lt;b&gt;&amp; &quot;friends&quot;&lt;/b&gt;"], parts);
    }

    [Fact]
    public void A_long_answer_full_of_escapes_is_cut_at_line_breaks_within_the_limit_and_loses_nothing()
    {
        var line = string.Concat(Enumerable.Repeat("<&> \"😀\" ", 30));
        var text = string.Join('\n', Enumerable.Repeat(line, 60));

        var parts = PlainTextParts.Of(text);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, TelegramHtml.MaxMessageLength));
        Assert.All(parts.SkipLast(1), p => Assert.Equal(0, (WebUtility.HtmlDecode(p).Length + 1) % (line.Length + 1))); // whole lines
        Assert.Equal(text.Replace("\n", string.Empty, StringComparison.Ordinal), string.Concat(parts.Select(WebUtility.HtmlDecode)).Replace("\n", string.Empty, StringComparison.Ordinal));
    }
}
