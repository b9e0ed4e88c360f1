using FactCheck.Core.Conversation.Commands;
using FactCheck.Core.Tips;

namespace FactCheck.Core.Tests.Conversation;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("hello there")]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("/ spaced")]
    [InlineData("🙂 /help")]
    public void Text_that_is_not_a_command_is_a_message_to_check(string text) => Assert.Null(CommandParser.Parse(text));

    [Theory]
    [InlineData("/foo", "foo")]
    [InlineData("/foo bar baz", "foo")]
    [InlineData("/Queue2", "queue2")]
    public void Any_other_slash_word_is_an_unknown_command(string text, string name) =>
        Assert.Equal(new UnknownCommand(name), CommandParser.Parse(text));

    [Fact]
    public void A_publish_reads_bars_or_lines_and_keeps_a_bar_inside_the_summary()
    {
        Assert.Equal(new Publish(3, new TipVerdict("False", "https://x.example/a", "Pub", "a | b")), CommandParser.Parse("/publish #3 | False | https://x.example/a | Pub | a | b"));
        Assert.Equal(new Publish(3, new TipVerdict("Salah", "https://x.example/a", "Pub")), CommandParser.Parse("/publish 3\nSalah\nhttps://x.example/a\nPub"));
        Assert.Equal(new Publish(null, null), CommandParser.Parse("/publish 3 | False"));
    }

    [Fact]
    public void Commands_read_their_arguments_once_for_every_surface()
    {
        Assert.Equal(new SetLanguage("fr"), CommandParser.Parse("/lang FR"));
        Assert.Equal(new Notify(false), CommandParser.Parse("/notify tidak"));
        Assert.Equal(new Notify(null), CommandParser.Parse("/notify maybe"));
        Assert.Equal(new Attach(4, "claim-9"), CommandParser.Parse("/attach 4 claim-9"));
        Assert.Equal(new Attach(null, null), CommandParser.Parse("/attach 4"));
        Assert.Equal(new Dismiss(null), CommandParser.Parse("/dismiss zero"));
        Assert.Equal(new Stats(30), CommandParser.Parse("/stats 30"));
        Assert.Equal(new Stats(Stats.DefaultDays), CommandParser.Parse("/stats 99999"));
        Assert.Equal(new Submit(null), CommandParser.Parse("/submit"));
        Assert.IsType<Help>(CommandParser.Parse("/start"));
    }
}
