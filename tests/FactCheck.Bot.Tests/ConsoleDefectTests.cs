using FactCheck.Bot.Cli;
using FactCheck.Bot.ConsoleChat;
using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Core.Tips.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests;

/// <summary>The console chat's defects of issue #11, each shown by the answer a user gets.</summary>
public sealed class ConsoleDefectTests : IDisposable
{
    private const string Unmatched = "Vaksin covid mengandung chip magnetik 5G yang bisa melacak warga dari satelit";
    private readonly TestStore store = new();

    [Theory]
    [InlineData("/foo")]
    [InlineData("/foo bar baz")]
    public async Task An_unknown_command_is_answered_with_the_known_ones_and_cannot_be_submitted(string typed)
    {
        using var host = await StartAsync();
        var chat = Chat(host);

        var answer = await chat.AnswerAsync(typed, CancellationToken.None);
        var submit = await chat.AnswerAsync("/submit", CancellationToken.None);

        Assert.StartsWith("I do not know /foo.", answer, StringComparison.Ordinal);
        Assert.Contains("/notify", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("fact-check matches", answer, StringComparison.Ordinal);
        Assert.Equal(TipDeskText.English.SubmitUsage, submit);
    }

    [Fact]
    public async Task An_unsupported_language_is_refused_naming_the_accepted_ones_and_cannot_be_submitted()
    {
        using var host = await StartAsync();
        var chat = Chat(host);

        var answer = await chat.AnswerAsync("/lang fr", CancellationToken.None);
        var submit = await chat.AnswerAsync("/submit", CancellationToken.None);
        var chosen = await chat.AnswerAsync("/lang id", CancellationToken.None);

        Assert.Contains("\"fr\"", answer, StringComparison.Ordinal);
        Assert.Contains("/language en", answer, StringComparison.Ordinal);
        Assert.Contains("/language id", answer, StringComparison.Ordinal);
        Assert.Equal(TipDeskText.English.SubmitUsage, submit);
        Assert.Equal(ConversationTexts.Indonesian.LanguageSet, chosen);
    }

    [Fact]
    public async Task A_possibly_related_answer_ends_with_a_whole_offer_line_not_a_dangling_one()
    {
        using var host = await StartAsync();
        var chat = Chat(host);

        var answer = await chat.AnswerAsync("Kim Jong Un said the Americans are too crazy", CancellationToken.None);

        Assert.Contains("Possibly related", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Send /submit to do so.", answer, StringComparison.Ordinal);
        Assert.EndsWith(ConversationTexts.English.SubmitHint, answer, StringComparison.Ordinal);
        Assert.Equal(1, Count(answer!, "/submit"));
    }

    [Fact]
    public async Task An_unmatched_answer_offers_the_reviewers_once()
    {
        using var host = await StartAsync();
        var chat = Chat(host);

        var answer = await chat.AnswerAsync("Russia lost soldiers in the conflict", CancellationToken.None);

        Assert.DoesNotContain(Core.Replies.UiText.English.NoMatchOffer, answer, StringComparison.Ordinal);
        Assert.EndsWith(ConversationTexts.English.SubmitHint, answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dismissing_a_published_tip_is_refused_with_its_real_status()
    {
        using var host = await StartAsync();
        var chat = Chat(host);
        await chat.AnswerAsync("/lang en", CancellationToken.None);
        await chat.AnswerAsync(Unmatched, CancellationToken.None);
        await chat.AnswerAsync("/submit", CancellationToken.None);
        await chat.AnswerAsync("/publish 1 | False | https://factcheck.example/chip | Example Checks", CancellationToken.None);

        var dismissed = await chat.AnswerAsync("/dismiss 1", CancellationToken.None);
        var shown = await chat.AnswerAsync("/tip 1", CancellationToken.None);

        Assert.Equal("Tip #1 is published: only an open tip can be dismissed.", dismissed);
        Assert.StartsWith("Tip #1 (published, asked once,", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "en", "asked once")]
    [InlineData(2, "en", "asked 2 times")]
    [InlineData(1, "id", "ditanyakan 1 kali")]
    [InlineData(3, "id", "ditanyakan 3 kali")]
    public void A_tips_ask_count_reads_right_in_both_languages(int count, string language, string expected) =>
        Assert.Equal(expected, TipDeskText.For(language).Asked(count));

    [Fact]
    public async Task Help_lists_every_command_the_console_user_may_use_including_the_reviewers()
    {
        using var host = await StartAsync();
        var chat = Chat(host);

        var help = await chat.AnswerAsync("/help", CancellationToken.None);

        foreach (var command in CommandParser.UserCommands.Concat(CommandParser.ReviewerCommands).Append("quit"))
        {
            Assert.Contains("/" + command, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_emoji_only_message_in_an_indonesian_conversation_is_answered_in_indonesian()
    {
        using var host = await StartAsync();
        var chat = Chat(host);

        await chat.AnswerAsync("Cuaca hari ini cerah dan tidak ada hujan di kota kami", CancellationToken.None);
        var emoji = await chat.AnswerAsync("😂😂👍", CancellationToken.None);

        Assert.Equal(Core.Replies.UiText.Indonesian.NothingToCheck, emoji);
    }

    public void Dispose() => store.Dispose();

    private Task<Microsoft.Extensions.Hosting.IHost> StartAsync() => VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);

    private static ConsoleConversation Chat(Microsoft.Extensions.Hosting.IHost host) =>
        new(host.Services.GetRequiredService<ConversationService>(), TextReader.Null, TextWriter.Null, TimeSpan.FromMilliseconds(300));

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
