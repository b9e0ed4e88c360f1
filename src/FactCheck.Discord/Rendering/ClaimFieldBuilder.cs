using System.Globalization;
using System.Text;
using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Replies;
using FactCheck.Discord.Model;

namespace FactCheck.Discord.Rendering;

/// <summary>One embed field per matched claim, fitted to a character budget: citations first, then the passage.</summary>
internal sealed class ClaimFieldBuilder(UiText ui)
{
    private const int MaxPassage = 300;
    private const int MaxSummary = 300;

    // The two marks Quotation puts around the passage.
    private const int QuoteMarks = 2;

    /// <summary>The field for <paramref name="match"/>, name and value together at most <paramref name="budget"/> characters.</summary>
    public EmbedField Build(ClaimMatch match, int budget)
    {
        var nameCap = Math.Min(EmbedLimits.FieldName, Math.Max(32, budget / 4));
        var name = EmbedLimits.Truncate($"{ui.ClaimLabel}: {ClaimWording.For(match.Claim, ui.Language)}", nameCap);
        var valueCap = Math.Min(EmbedLimits.FieldValue, Math.Max(1, budget - name.Length));
        return new EmbedField(name, Value(match, valueCap));
    }

    private string Value(ClaimMatch match, int cap)
    {
        var suggestion = match.Decision == MatchDecision.Suggest;
        var score = string.Create(CultureInfo.InvariantCulture, $"{Math.Round(match.Score * 100)}% {ui.ScoreLabel}");
        var passagePrefix = $"{ui.MatchedPassageLabel}: ";
        var passageSuffix = $" · {score}";

        // Citations matter most: fit as many reviews as the budget allows; the passage gets what is left.
        var reviews = new StringBuilder();
        var reviewBudget = cap;
        var reviewList = match.Claim.Reviews;
        for (var i = 0; i < reviewList.Count; i++)
        {
            var later = reviewList.Count - i - 1;
            var reserve = later > 0 ? AndMore(later).Length + 1 : 0;
            var room = reviewBudget - reviews.Length - reserve - 1;
            var line = ReviewLine(reviewList[i], suggestion, room);
            if (i > 0 && line is null)
            {
                reviews.Append('\n').Append(AndMore(reviewList.Count - i));
                break;
            }

            // The first review is always shown, cut if it must be: a claim without its citation is no answer.
            reviews.Append('\n').Append(line ?? EmbedLimits.Truncate(reviewList[i].Url, Math.Max(room, 16)));
        }

        // Then the passage (the user knows what they sent, so a short quote is enough), then the first review's summary.
        var passageRoom = Math.Min(MaxPassage, cap - reviews.Length - passagePrefix.Length - passageSuffix.Length - QuoteMarks);
        var value = passageRoom >= 8
            ? passagePrefix + Quotation.Quote(EmbedLimits.Truncate(OneLine(match.Passage), passageRoom), Quotation.Curly) + passageSuffix + reviews
            : reviews.ToString().TrimStart('\n');
        var summary = match.Claim.Reviews.Count > 0 ? match.Claim.Reviews[0].Summary : null;
        var summaryRoom = Math.Min(MaxSummary, cap - value.Length - 3);
        if (!string.IsNullOrWhiteSpace(summary) && summaryRoom >= 40)
        {
            value += "\n_" + EmbedLimits.Truncate(OneLine(summary).Replace("_", "\\_", StringComparison.Ordinal), summaryRoom) + "_";
        }

        return EmbedLimits.Truncate(value, cap);
    }

    /// <summary>One review's citation in at most <paramref name="max"/> characters, words giving way before the link; null when even the link does not fit.</summary>
    private string? ReviewLine(Review review, bool suggestion, int max)
    {
        var rating = EmbedLimits.Truncate(OneLine(review.RatingText), 80);
        var publisher = review.Publisher.DisplayName.Replace("]", ")", StringComparison.Ordinal);
        var date = review.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Only web links are linked: Discord renders no other scheme, and ids such as "urn:..." are no address for a reader.
        var hasLink = review.HasWebLink;

        // A suggestion is not a verdict on the user's message: only the publisher's own words are shown, unbolded.
        var verdict = suggestion ? $"{ui.RatingLabel}: “{rating}”" : $"**{ui.VerdictName(review.Verdict)}** (“{rating}”)";
        var shortVerdict = suggestion ? $"“{EmbedLimits.Truncate(rating, 24)}”" : $"**{ui.VerdictName(review.Verdict)}**";
        string Link(int publisherMax) => hasLink
            ? $"[{EmbedLimits.Truncate(publisher, publisherMax)}]({review.Url})"
            : EmbedLimits.Truncate(publisher, publisherMax);

        string[] candidates =
        [
            date is null ? $"{verdict} · {Link(60)}" : $"{verdict} · {Link(60)}, {date}",
            date is null ? $"{shortVerdict} · {Link(24)}" : $"{shortVerdict} · {Link(24)}, {date}",
            $"{shortVerdict} · {Link(12)}",
            hasLink ? review.Url : EmbedLimits.Truncate(publisher, 12),
        ];
        return candidates.FirstOrDefault(c => c.Length <= max);
    }

    private string AndMore(int count) => string.Format(CultureInfo.InvariantCulture, ui.AndMore, count);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
