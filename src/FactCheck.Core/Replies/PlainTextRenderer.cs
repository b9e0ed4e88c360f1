using System.Globalization;
using System.Text;
using FactCheck.Core.Checking;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Replies;

/// <summary>Renders a check report as plain text (console chat, the check verb, and any platform without markup).</summary>
public static class PlainTextRenderer
{
    /// <summary>The whole reply, in the report's interface language.</summary>
    public static string Render(CheckReport report)
    {
        var ui = UiText.For(report.UiLanguage);
        var sb = new StringBuilder();
        switch (report.Note)
        {
            case InputNote.Empty:
                return ui.EmptyInput;
            case InputNote.NothingToCheck:
                return ui.NothingToCheck;
            case InputNote.Truncated:
                sb.AppendLine(ui.Truncated);
                break;
        }

        var replies = report.Matches.Where(m => m.Decision == MatchDecision.Reply).ToList();
        var suggestions = report.Matches.Where(m => m.Decision == MatchDecision.Suggest).ToList();
        if (replies.Count > 0)
        {
            sb.AppendLine(ui.VerdictHeading + ":");
            AppendMatches(sb, ui, replies, showVerdict: true);
        }

        if (suggestions.Count > 0)
        {
            sb.AppendLine(ui.PossiblyRelatedHeading + ":");
            AppendMatches(sb, ui, suggestions, showVerdict: false);
        }

        if (report.IsNoMatch)
        {
            sb.AppendLine(ui.NoMatch);
            sb.AppendLine(ui.NoMatchOffer);
        }
        else
        {
            if (report.UnmatchedPassages.Count > 0)
            {
                sb.AppendLine(Format(ui.UnmatchedPassages, report.UnmatchedPassages.Count));
            }

            sb.AppendLine(ui.Disclaimer);
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>One line per review: verdict (ours and the publisher's words), publisher, date, link.</summary>
    public static string Citation(UiText ui, Review review, bool showVerdict)
    {
        var date = review.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rating = string.IsNullOrWhiteSpace(review.RatingText) ? null : $"\"{review.RatingText.Trim()}\"";
        var verdict = showVerdict ? $"{ui.VerdictName(review.Verdict)}{(rating is null ? string.Empty : $" ({ui.RatingLabel}: {rating})")}" : rating ?? ui.VerdictName(review.Verdict);
        var link = review.HasWebLink ? review.Url : null;
        var parts = new[] { verdict, review.Publisher.DisplayName, date, link }.Where(p => !string.IsNullOrWhiteSpace(p));
        return string.Join(" | ", parts);
    }

    private static void AppendMatches(StringBuilder sb, UiText ui, IReadOnlyList<ClaimMatch> matches, bool showVerdict)
    {
        var n = 0;
        foreach (var m in matches)
        {
            n++;
            sb.AppendLine(CultureInfo.InvariantCulture, $"{n}. {ui.ClaimLabel}: {ClaimWording.For(m.Claim, ui.Language)}");
            foreach (var review in m.Claim.Reviews)
            {
                sb.AppendLine("   - " + Citation(ui, review, showVerdict));
                if (!string.IsNullOrWhiteSpace(review.Summary))
                {
                    sb.AppendLine("     " + Shorten(review.Summary, 400));
                }
            }

            sb.AppendLine(CultureInfo.InvariantCulture, $"   {ui.MatchedPassageLabel}: {Quotation.Quote(Shorten(m.Passage, 200), Quotation.Plain)} ({ui.ScoreLabel} {m.Score.ToString("0.00", CultureInfo.InvariantCulture)})");
        }
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Format(string template, object value) => string.Format(CultureInfo.InvariantCulture, template, value);
}
