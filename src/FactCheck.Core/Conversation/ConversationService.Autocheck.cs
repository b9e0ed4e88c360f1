using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Matching;
using Microsoft.Extensions.Logging;

namespace FactCheck.Core.Conversation;

/// <summary>Autocheck: a group message nobody asked about is checked, and the bot speaks only when it is sure the
/// message carries something fact-checked as false or misleading, within the chat's hourly budget. Once for every
/// surface that offers it; the adapter only decides which messages are offered (a group with autocheck switched on).</summary>
public sealed partial class ConversationService
{
    private readonly SlidingWindowLimiter autocheckBudget = new(Math.Max(1, options.AutocheckRepliesPerChatPerHour), TimeSpan.FromHours(1), time);

    /// <summary>Checks a message (its text, and an image's text) that nobody asked about; the answer is silent unless a
    /// claim in it was rated false or misleading and matched confidently. Never throws for a failing check: silence.</summary>
    public async Task<Answer> AutocheckAsync(Incoming incoming, CancellationToken cancellationToken)
    {
        var answer = await AlarmingAsync(incoming, cancellationToken);
        if (answer.Kind != AnswerKind.Silent && autocheckBudget.TryAcquire(incoming.Platform.Name + ":" + incoming.ChatId) != LimitResult.Allowed)
        {
            LogAutocheckBudgetSpent(incoming.Platform.Name);
            answer = new Answer(AnswerKind.Silent, answer.Language);
        }

        observer?.Answered(incoming, answer);
        return answer;
    }

    private async Task<Answer> AlarmingAsync(Incoming incoming, CancellationToken cancellationToken)
    {
        var chosen = await ChosenLanguageAsync(incoming, cancellationToken);
        var silent = new Answer(AnswerKind.Silent, chosen ?? "en");
        if (options.AutocheckRepliesPerChatPerHour < 1)
        {
            return silent;
        }

        // Screenshots are how hoaxes travel in groups, so an image is read too; but only when an OCR slot is free: a
        // message nobody asked about never makes someone who did ask wait for theirs.
        var look = incoming.Image is { } image && images is not null && !images.OcrBusy
            ? await images.LookAsync(image, whenQueued: null, cancellationToken)
            : null;
        var read = look?.Reading?.Text.Trim() ?? string.Empty;
        var text = string.Join("\n\n", new[] { incoming.Text.Trim(), read }.Where(t => t.Length > 0));
        var matched = look?.Matched ?? [];
        if (text.Length == 0 && matched.Count == 0)
        {
            return silent;
        }

        CheckReport report;
        try
        {
            // Nobody asked: the check does not count in the reviewers' statistics (no platform).
            var ownLanguage = LanguageGuesser.Guess(TextNormalizer.Normalize(text).Text);
            var language = chosen ?? (ownLanguage == "und" ? ConversationTexts.Normalize(incoming.Locale) : null);
            report = text.Length == 0
                ? new CheckReport(language ?? "en", InputNote.None, [], [], 0)
                : await checker.CheckAsync(new CheckRequest(text, language, incoming.Urls), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogAutocheckFailed(e, incoming.Platform.Name);
            return silent;
        }

        if (matched.Count > 0)
        {
            var imageTexts = ConversationTexts.For(report.UiLanguage).Images;
            report = WithSameImage(report, matched, HasWords(read) ? images!.Options.MatchDistance / 2 : images!.Options.MatchDistance, imageTexts.SameImage);
        }

        var alarming = report.Matches.Where(IsAlarming).ToList();
        if (alarming.Count == 0)
        {
            return silent with { Language = report.UiLanguage };
        }

        // What was read from an image is said first, so the group sees which words the verdict is about.
        var preface = read.Length > 0 ? ConversationTexts.Format(ConversationTexts.For(report.UiLanguage).Images.TextRead, Quote(read)) : null;
        return new Answer(AnswerKind.Report, report.UiLanguage, preface, report with { Note = InputNote.None, Matches = alarming, UnmatchedPassages = [] });
    }

    // Worth interrupting a conversation for: a confident match whose fact-check says the claim is false or misleading.
    private static bool IsAlarming(ClaimMatch match) =>
        match.Decision == MatchDecision.Reply && match.Claim.Reviews.Any(r => r.Verdict is Verdict.False or Verdict.Misleading);

    [LoggerMessage(Level = LogLevel.Information, Message = "Autocheck's budget for a {Platform} chat is spent for this hour; not replying")]
    private partial void LogAutocheckBudgetSpent(string platform);

    [LoggerMessage(Level = LogLevel.Error, Message = "The autocheck's check failed on {Platform}")]
    private partial void LogAutocheckFailed(Exception exception, string platform);
}
