using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Core.Matching;
using FactCheck.Core.Tips;

namespace FactCheck.Core.Conversation;

/// <summary>The image part of the conversation: an image's text (and caption) is checked like a message, a copy of an
/// image already fact-checked answers with its claim, and the answer says which text was read.</summary>
public sealed partial class ConversationService
{
    // The longest stretch of the text read that the answer quotes; the whole of it is checked.
    private const int QuotedImageText = 300;

    private async Task<Answer> CheckImageAsync(Incoming incoming, IncomingImage image, string caption, string? chosen, CancellationToken cancellationToken)
    {
        var key = Key(incoming);
        if (Limited(incoming, key, chosen) is { } refused)
        {
            return refused;
        }

        var ownLanguage = LanguageGuesser.Guess(TextNormalizer.Normalize(caption).Text);
        var early = chosen ?? (ownLanguage is "id" or "en" ? ownLanguage : null) ?? spoken.Of(key) ?? ConversationTexts.Normalize(incoming.Locale) ?? "en";
        if (images is null)
        {
            // No image reading in this host: the caption is still checked.
            return await CheckReadTextAsync(incoming, caption, string.Empty, null, [], ConversationTexts.For(early).Images.OcrUnavailable, chosen, cancellationToken);
        }

        Func<CancellationToken, Task>? whenQueued = image.SendNotice is { } send
            ? ct => send(ConversationTexts.For(early).Images.Reading, ct)
            : null;
        var look = await images.LookAsync(image, whenQueued, cancellationToken);
        if (look.Reading is not { } reading || look.Image is null)
        {
            var refusal = ConversationTexts.For(early).Images.Refusal(look.Refusal, images.Options);
            return string.IsNullOrWhiteSpace(caption)
                ? new Answer(AnswerKind.Refused, early, refusal)
                : await CheckReadTextAsync(incoming, caption, string.Empty, null, [], refusal, chosen, cancellationToken);
        }

        return await CheckReadTextAsync(incoming, caption, reading.Text, look, look.Matched, null, chosen, cancellationToken);
    }

    // Checks the caption and the text read as one message, puts the claims the image itself matched first, and says
    // what was read. The image is kept for /submit (as the platform's reference to it) only when the answer offers it.
    private async Task<Answer> CheckReadTextAsync(
        Incoming incoming, string caption, string read, ImageLook? look, IReadOnlyList<(Claim Claim, int Distance)> matched, string? problem, string? chosen, CancellationToken cancellationToken)
    {
        var key = Key(incoming);
        var text = string.Join("\n\n", new[] { caption.Trim(), read.Trim() }.Where(t => t.Length > 0));
        var ownLanguage = LanguageGuesser.Guess(TextNormalizer.Normalize(text).Text);
        var language = chosen ?? (ownLanguage == "und" ? spoken.Of(key) ?? ConversationTexts.Normalize(incoming.Locale) : null);
        var checkedReport = text.Length == 0
            ? new CheckReport(language ?? "en", InputNote.None, [], [], 0)
            : await CheckTextAsync(incoming, key, text, ownLanguage, language, chosen, cancellationToken);
        if (checkedReport is not { } report)
        {
            return Plain(AnswerKind.Failed, incoming, language, t => t.CheckFailed, null);
        }

        var imageTexts = ConversationTexts.For(report.UiLanguage).Images;
        report = WithSameImage(report, matched, HasWords(read) ? images!.Options.MatchDistance / 2 : images?.Options.MatchDistance ?? 0, imageTexts.SameImage);
        var preface = problem
            ?? (read.Length > 0 ? ConversationTexts.Format(imageTexts.TextRead, Quote(read)) : imageTexts.WhyNoText(look?.Reading?.Ocr));

        // An image with nothing confident about it can go to the reviewers, text or no text: they see the image.
        var offers = desk is not null && !report.HasReply && (look?.Image is not null || TipOfferRule.Offers(report, text));
        string? submittable = null;
        if (offers)
        {
            if (look?.Image is { } image)
            {
                submittable = ImageConversation.TipTextOf(text, image);
                await images!.Recent.RememberAsync(incoming.Platform, incoming.UserId, image, look.Reference, submittable, caption, cancellationToken);
            }
            else
            {
                submittable = text.Trim();
            }
        }

        return new Answer(
            AnswerKind.Report,
            report.UiLanguage,
            preface,
            report,
            Actions: offers ? [OfferedAction.SubmitToReviewers] : [],
            Submittable: submittable);
    }

    // "/submit" (or the button) after an image submits the image, with the text its answer offered (Taken: what was
    // taken out, to put back should the submission fail). An image that could not be fetched again leaves its text to
    // submit (the reply says so), or nothing when it had no words (Submit null): a stray letter or two that OCR found
    // in a picture tells the reviewers nothing without the picture.
    private async Task<(Submit? Submit, TakenImage? Taken)> WithOfferedImageAsync(Incoming incoming, Submit submit, CancellationToken cancellationToken)
    {
        if (images is null || await images.Recent.TakeAsync(incoming.Platform, incoming.UserId, submit.Text, cancellationToken) is not { } taken)
        {
            return (submit, null);
        }

        if (taken.Image is { } image)
        {
            return (submit with { Text = taken.TipText, Image = image }, taken);
        }

        return TipImage.IsPlaceholder(taken.TipText) || !HasWords(taken.TipText) ? (null, taken) : (submit with { Text = taken.TipText }, taken);
    }

    // A claim the image itself matched (a copy of a picture published with a verdict) is a confident answer, first,
    // unless the text checked already gave it one. Screenshots of text share a chat app's layout, which PDQ sees: two
    // of different texts were measured 38 bits apart, near the 31 of a match. So an image with words in it is answered
    // with the verdict only when within half the match distance (a re-saved or rescaled copy is a few bits away), and
    // otherwise shown as "possibly related", never as a verdict; a picture without words keeps the full distance.
    private static CheckReport WithSameImage(CheckReport report, IReadOnlyList<(Claim Claim, int Distance)> matched, int replyDistance, string passage)
    {
        if (matched.Count == 0)
        {
            return report;
        }

        var replied = report.Matches.Where(m => m.Decision == MatchDecision.Reply).Select(m => m.Claim.Id).ToHashSet(StringComparer.Ordinal);
        var byImage = matched
            .Where(m => !replied.Contains(m.Claim.Id))
            .Select(m => new ClaimMatch(m.Claim, m.Distance <= replyDistance ? MatchDecision.Reply : MatchDecision.Suggest, 1.0 - m.Distance / 256.0, passage))
            .ToList();
        var ids = byImage.Select(m => m.Claim.Id).ToHashSet(StringComparer.Ordinal);
        var rest = report.Matches.Where(m => !ids.Contains(m.Claim.Id));
        var note = report.Note is InputNote.Empty or InputNote.NothingToCheck ? InputNote.None : report.Note;
        var ordered = byImage.Concat(rest).OrderBy(m => m.Decision == MatchDecision.Reply ? 0 : 1).ToList();
        return report with { Note = note, Matches = ordered };
    }

    // Words a reader would call text: at least three of three letters or more (OCR finds stray letters in pictures).
    private static bool HasWords(string read) =>
        read.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsLetter) >= 3) >= 3;

    private static string Quote(string read)
    {
        var oneLine = string.Join(' ', read.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return "«" + (oneLine.Length <= QuotedImageText ? oneLine : string.Concat(oneLine.AsSpan(0, QuotedImageText - 1), "…")) + "»";
    }
}
