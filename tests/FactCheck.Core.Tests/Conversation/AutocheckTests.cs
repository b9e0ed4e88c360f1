using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Conversation;
using FactCheck.Core.Images;
using FactCheck.Tests.Shared.Images;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Core.Tests.Conversation;

/// <summary>Autocheck's rules, once for every surface: speak only on a confident false or misleading match, within the
/// chat's hourly budget, never counted as someone's check; an image's text is read unless OCR is busy with someone who
/// asked.</summary>
public sealed class AutocheckTests
{
    private const string FalseClaim = "5G towers spread covid";
    private const string Unverified = "Kim told Putin you are too crazy for us";
    private const string Doubtful = "my vaccine appointment is tomorrow";
    private static readonly Incoming InGroup = new(Platform.Telegram, "7", "-100", string.Empty, Locale: "en") { SeenByOthers = true };

    [Fact]
    public async Task Speaks_only_on_a_confident_false_or_misleading_match_and_shows_only_those()
    {
        var checker = new ScriptedChecker();
        var conversation = Conversation(checker);

        var alarm = await conversation.AutocheckAsync(InGroup with { Text = FalseClaim + ". " + Unverified }, CancellationToken.None);
        var unverified = await conversation.AutocheckAsync(InGroup with { Text = Unverified }, CancellationToken.None);
        var doubtful = await conversation.AutocheckAsync(InGroup with { Text = Doubtful }, CancellationToken.None);
        var chatter = await conversation.AutocheckAsync(InGroup with { Text = "see you at dinner" }, CancellationToken.None);

        Assert.Equal(AnswerKind.Report, alarm.Kind);
        Assert.Equal(["5g"], alarm.ClaimIds);
        Assert.Equal((InputNote.None, 0), (alarm.Report!.Note, alarm.Report.UnmatchedPassages.Count));
        Assert.False(alarm.OffersSubmit);
        Assert.Equal([AnswerKind.Silent, AnswerKind.Silent, AnswerKind.Silent], new[] { unverified.Kind, doubtful.Kind, chatter.Kind });

        // Nobody asked: no check of autocheck's counts in the reviewers' statistics.
        Assert.All(checker.Requests, r => Assert.Null(r.Platform));
    }

    [Fact]
    public async Task Stays_within_each_chats_hourly_budget()
    {
        var clock = new SettableClock();
        var conversation = Conversation(new ScriptedChecker(), clock, perHour: 1);
        var otherGroup = InGroup with { ChatId = "-200" };

        var first = await conversation.AutocheckAsync(InGroup with { Text = FalseClaim }, CancellationToken.None);
        var second = await conversation.AutocheckAsync(InGroup with { UserId = "8", Text = FalseClaim }, CancellationToken.None);
        var elsewhere = await conversation.AutocheckAsync(otherGroup with { Text = FalseClaim }, CancellationToken.None);
        clock.Now += TimeSpan.FromHours(1);
        var later = await conversation.AutocheckAsync(InGroup with { Text = FalseClaim }, CancellationToken.None);

        Assert.Equal(
            [AnswerKind.Report, AnswerKind.Silent, AnswerKind.Report, AnswerKind.Report],
            new[] { first.Kind, second.Kind, elsewhere.Kind, later.Kind });
    }

    [Fact]
    public async Task A_budget_of_zero_and_a_failing_check_are_both_silence()
    {
        var off = await Conversation(new ScriptedChecker(), perHour: 0).AutocheckAsync(InGroup with { Text = FalseClaim }, CancellationToken.None);
        var failing = await Conversation(new ScriptedChecker { Fails = true }).AutocheckAsync(InGroup with { Text = FalseClaim }, CancellationToken.None);

        Assert.Equal((AnswerKind.Silent, AnswerKind.Silent), (off.Kind, failing.Kind));
    }

    [SkippableFact]
    public async Task A_screenshot_is_read_and_its_text_checked_but_not_while_someone_who_asked_waits_for_ocr()
    {
        OcrPrerequisites.SkipWithoutOcr();
        var checker = new ScriptedChecker();
        var options = new ImageOptions { MaxConcurrentOcr = 1 };
        using var ocr = new TesseractOcr(options);
        var images = new ImageConversation(new ImageReader(options, ocr), TimeProvider.System, NullLogger<ImageConversation>.Instance);
        var conversation = Conversation(checker, images: images);
        var png = Screenshots.Render("5G towers spread covid, share before they delete it", 720, 1280, dark: false);
        var screenshot = new IncomingImage((_, _) => Task.FromResult(ImageDownload.Of(png)), png.Length);

        var read = await conversation.AutocheckAsync(InGroup with { Text = "lihat ini", Image = screenshot }, CancellationToken.None);
        Answer busy;
        using (await ocr.HoldSlotAsync(CancellationToken.None))
        {
            busy = await conversation.AutocheckAsync(InGroup with { UserId = "8", Text = "lihat ini", Image = screenshot }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(AnswerKind.Report, read.Kind);
        Assert.StartsWith("Text read from the image: «", read.Text, StringComparison.Ordinal);
        Assert.StartsWith("lihat ini\n\n", checker.Requests[0].Text, StringComparison.Ordinal);
        Assert.Contains("towers", checker.Requests[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((AnswerKind.Silent, "lihat ini"), (busy.Kind, checker.Requests[1].Text));
    }

    private static ConversationService Conversation(ICheckService checker, TimeProvider? time = null, int perHour = 5, ImageConversation? images = null) =>
        new(checker, new ConversationOptions { AutocheckRepliesPerChatPerHour = perHour }, time ?? new SettableClock(), NullLogger<ConversationService>.Instance, images: images);

    private static Claim Rated(string id, string text, Verdict verdict, string rating) =>
        new(id, text, "en", [], [], [new Review($"https://factcheck.example.org/{id}", new Publisher("Example Fact Check"), rating, verdict)]);

    /// <summary>Answers by the words in the text: a confident False, a confident Unverified, a doubtful False.</summary>
    private sealed class ScriptedChecker : ICheckService
    {
        public List<CheckRequest> Requests { get; } = [];

        public bool Fails { get; init; }

        public Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            if (Fails)
            {
                throw new InvalidOperationException("the index is gone");
            }

            var matches = new List<ClaimMatch>();
            if (request.Text.Contains("towers", StringComparison.OrdinalIgnoreCase))
            {
                matches.Add(new ClaimMatch(Rated("5g", FalseClaim, Verdict.False, "Pants on fire"), MatchDecision.Reply, 0.95, FalseClaim));
            }

            if (request.Text.Contains("crazy", StringComparison.Ordinal))
            {
                matches.Add(new ClaimMatch(Rated("kim", Unverified, Verdict.Unverified, "Unverified"), MatchDecision.Reply, 0.95, Unverified));
            }

            if (request.Text.Contains("vaccine", StringComparison.Ordinal))
            {
                matches.Add(new ClaimMatch(Rated("vax", "Vaccines cause autism", Verdict.False, "False"), MatchDecision.Suggest, 0.5, Doubtful));
            }

            return Task.FromResult(new CheckReport("en", InputNote.None, matches, ["an unmatched sentence"], 2));
        }
    }

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
