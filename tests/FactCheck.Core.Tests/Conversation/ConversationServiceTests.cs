using FactCheck.Core.Checking;
using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Core.Tests.Conversation;

/// <summary>The conversation's rules, on a fake checker and a manual clock (no tipline: its own tests cover it).</summary>
public sealed class ConversationServiceTests
{
    private static readonly Incoming From = new(Platform.Telegram, "7", "7", string.Empty);

    [Fact]
    public async Task A_failing_check_gets_one_apology_in_the_users_language()
    {
        var conversation = Conversation(new ThrowingChecker());

        var answer = await conversation.HandleAsync(From with { Text = "harga beras naik", Locale = "id-ID" }, CancellationToken.None);

        Assert.Equal((AnswerKind.Failed, "id", ConversationTexts.Indonesian.CheckFailed), (answer.Kind, answer.Language, answer.Text));
    }

    [Fact]
    public async Task A_message_without_words_keeps_the_conversations_language()
    {
        var checker = new EchoChecker();
        var conversation = Conversation(checker);

        await conversation.HandleAsync(From with { Text = "Cuaca hari ini cerah dan tidak ada hujan" }, CancellationToken.None);
        await conversation.HandleAsync(From with { Text = "😂👍" }, CancellationToken.None);
        await conversation.HandleAsync(From with { UserId = "8", Text = "😂👍" }, CancellationToken.None);

        Assert.Equal([null, "id", null], checker.Languages);
    }

    [Fact]
    public async Task The_per_user_limit_is_told_once_then_quiet_until_the_window_moves_on()
    {
        var clock = new ManualClock();
        var conversation = Conversation(new EchoChecker(), clock, perMinute: 1);

        var kinds = new List<AnswerKind>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            kinds.Add((await conversation.HandleAsync(From with { Text = "hello world" }, CancellationToken.None)).Kind);
        }

        var otherPlatform = await conversation.HandleAsync(From with { Platform = Platform.Discord, Text = "hello world" }, CancellationToken.None);
        clock.Now += TimeSpan.FromMinutes(1);
        var later = await conversation.HandleAsync(From with { Text = "hello world" }, CancellationToken.None);

        Assert.Equal([AnswerKind.Report, AnswerKind.RateLimited, AnswerKind.Silent], kinds);
        Assert.Equal(AnswerKind.Report, otherPlatform.Kind);
        Assert.Equal(AnswerKind.Report, later.Kind);
    }

    [Fact]
    public async Task Without_a_tipline_nothing_is_offered_and_its_commands_are_unknown()
    {
        var conversation = Conversation(new EchoChecker());

        var report = await conversation.HandleAsync(From with { Text = "hello world" }, CancellationToken.None);
        var submit = await conversation.HandleAsync(From with { Text = "/submit hello" }, CancellationToken.None);
        var language = await conversation.HandleAsync(From with { Command = new SetLanguage("fr") }, CancellationToken.None);

        Assert.False(report.OffersSubmit);
        Assert.Equal(AnswerKind.Refused, submit.Kind);
        Assert.DoesNotContain("/notify", submit.Text, StringComparison.Ordinal);
        Assert.Equal(AnswerKind.Refused, language.Kind);
        Assert.Contains("\"fr\"", language.Text, StringComparison.Ordinal);
    }

    private static ConversationService Conversation(ICheckService checker, TimeProvider? time = null, int perMinute = 20) =>
        new(checker, new ConversationOptions { ChecksPerUserPerMinute = perMinute }, time ?? new ManualClock(), NullLogger<ConversationService>.Instance);

    private sealed class ThrowingChecker : ICheckService
    {
        public Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken) => throw new InvalidOperationException("broken");
    }

    /// <summary>Answers "nothing found" in the requested language (else the text's), and remembers what was requested.</summary>
    private sealed class EchoChecker : ICheckService
    {
        public List<string?> Languages { get; } = [];

        public Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
        {
            Languages.Add(request.UiLanguage);
            var language = request.UiLanguage ?? (Core.Matching.LanguageGuesser.Guess(request.Text.ToLowerInvariant()) == "id" ? "id" : "en");
            return Task.FromResult(new CheckReport(language, InputNote.None, [], [], 1));
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
