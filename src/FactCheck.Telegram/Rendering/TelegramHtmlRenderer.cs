using System.Globalization;
using System.Text;
using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Replies;

namespace FactCheck.Telegram.Rendering;

/// <summary>Turns a <see cref="CheckReport"/> into Telegram HTML messages, each within Telegram's length limit.</summary>
internal static class TelegramHtmlRenderer
{
    private const int ClaimChars = 300;
    private const int PassageChars = 200;
    private const int HeadlineChars = 100;
    private const int SummaryChars = 300;
    private const int MaxReviewsPerMatch = 4;

    /// <summary>The reply to a check: one message, or a few when the report is long, never longer than Telegram accepts.</summary>
    public static IReadOnlyList<string> Render(CheckReport report)
    {
        var ui = UiText.For(report.UiLanguage);
        switch (report.Note)
        {
            case InputNote.Empty:
                return [TelegramHtml.Escape(ui.EmptyInput)];
            case InputNote.NothingToCheck:
                return [TelegramHtml.Escape(ui.NothingToCheck)];
        }

        var note = report.Note == InputNote.Truncated ? TelegramHtml.Escape(ui.Truncated) + "\n\n" : string.Empty;
        if (report.IsNoMatch)
        {
            return [note + TelegramHtml.Escape(ui.NoMatch) + "\n" + TelegramHtml.Escape(ui.NoMatchOffer)];
        }

        var blocks = new List<string>();
        var number = 0;
        foreach (var group in report.Matches.GroupBy(m => m.Decision).OrderByDescending(g => g.Key))
        {
            var heading = group.Key == MatchDecision.Reply ? ui.VerdictHeading : ui.PossiblyRelatedHeading;
            var first = true;
            foreach (var match in group)
            {
                var block = RenderMatch(match, ui, ++number);
                blocks.Add(first ? $"<b>{TelegramHtml.Escape(heading)}</b>\n\n{block}" : block);
                first = false;
            }
        }

        var footer = new StringBuilder();
        if (report.UnmatchedPassages.Count > 0)
        {
            footer.Append(TelegramHtml.Escape(string.Format(CultureInfo.InvariantCulture, ui.UnmatchedPassages, report.UnmatchedPassages.Count))).Append('\n');
        }

        footer.Append("<i>").Append(TelegramHtml.Escape(ui.Disclaimer)).Append("</i>");
        return MessagePacker.Pack(note, blocks, footer.ToString(), ui);
    }

    /// <summary>One matched claim: verdicts with the publishers' own words, the claim, the matched passage, the score and the citations.</summary>
    public static string RenderMatch(ClaimMatch match, UiText ui, int number)
    {
        var sb = new StringBuilder();
        sb.Append(number.ToString(CultureInfo.InvariantCulture)).Append(". ");
        if (match.Decision == MatchDecision.Reply && match.Claim.Reviews.Count > 0)
        {
            var verdicts = match.Claim.Reviews.Select(r => ui.VerdictName(r.Verdict)).Distinct();
            sb.Append("<b>").Append(TelegramHtml.Escape(string.Join(" / ", verdicts))).Append("</b>\n");
        }

        sb.Append(TelegramHtml.Escape(ui.ClaimLabel)).Append(": <i>")
            .Append(TelegramHtml.Escape(TelegramHtml.Shorten(ClaimWording.For(match.Claim, ui.Language), ClaimChars))).Append("</i>\n");
        sb.Append(TelegramHtml.Escape(ui.MatchedPassageLabel)).Append(": ")
            .Append(TelegramHtml.Escape(Quotation.Quote(TelegramHtml.Shorten(match.Passage, PassageChars), Quotation.Guillemets))).Append(" (")
            .Append(TelegramHtml.Escape(ui.ScoreLabel)).Append(' ')
            .Append(Math.Round(match.Score * 100).ToString(CultureInfo.InvariantCulture)).Append("%)");
        foreach (var review in match.Claim.Reviews.Take(MaxReviewsPerMatch))
        {
            sb.Append('\n').Append(RenderReview(review, ui));
        }

        var hidden = match.Claim.Reviews.Count - MaxReviewsPerMatch;
        if (hidden > 0)
        {
            sb.Append('\n').Append(TelegramHtml.Escape(string.Format(CultureInfo.InvariantCulture, ui.AndMore, hidden)));
        }

        return sb.ToString();
    }

    private static string RenderReview(Review review, UiText ui)
    {
        var date = review.PublishedOn is { } d ? ", " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        var line = new StringBuilder()
            .Append("• <b>").Append(TelegramHtml.Escape(ui.VerdictName(review.Verdict))).Append("</b> (")
            .Append(TelegramHtml.Escape(ui.RatingLabel)).Append(": “")
            .Append(TelegramHtml.Escape(TelegramHtml.Shorten(review.RatingText, HeadlineChars))).Append("”) – ")
            .Append(TelegramHtml.Escape(review.Publisher.DisplayName)).Append(date);

        // A review's identity may be a URN (data without an article); only a web address becomes a link.
        var title = TelegramHtml.Shorten(review.Headline ?? review.Publisher.Site ?? review.Url, HeadlineChars);
        if (review.HasWebLink)
        {
            line.Append(": ").Append(TelegramHtml.Link(review.Url, title));
        }
        else if (review.Headline is not null)
        {
            line.Append(": ").Append(TelegramHtml.Escape(title));
        }

        if (!string.IsNullOrWhiteSpace(review.Summary))
        {
            line.Append("\n  <i>").Append(TelegramHtml.Escape(TelegramHtml.Shorten(review.Summary, SummaryChars))).Append("</i>");
        }

        return line.ToString();
    }
}
