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
    private const int MinPassage = 24;

    /// <summary>The field for <paramref name="match"/>, name and value together at most <paramref name="budget"/> characters.</summary>
    public EmbedField Build(ClaimMatch match, int budget)
    {
        var nameCap = Math.Min(EmbedLimits.FieldName, Math.Max(32, budget / 4));
        var name = EmbedLimits.Truncate($"{ui.ClaimLabel}: {match.Claim.Text}", nameCap);
        var valueCap = Math.Min(EmbedLimits.FieldValue, Math.Max(1, budget - name.Length));
        return new EmbedField(name, Value(match, valueCap));
    }

    private string Value(ClaimMatch match, int cap)
    {
        var suggestion = match.Decision == MatchDecision.Suggest;
        var score = string.Create(CultureInfo.InvariantCulture, $"{Math.Round(match.Score * 100)}% {ui.ScoreLabel}");
        var passagePrefix = $"{ui.MatchedPassageLabel}: “";
        var passageSuffix = $"” · {score}";

        // Citations matter most: fit as many reviews as the budget allows, keeping room for a short passage.
        var reviews = new StringBuilder();
        var reviewBudget = cap - (passagePrefix.Length + passageSuffix.Length + MinPassage + 1);
        var reviewList = match.Claim.Reviews;
        for (var i = 0; i < reviewList.Count; i++)
        {
            var line = "\n" + ReviewLine(reviewList[i], suggestion);
            var later = reviewList.Count - i - 1;
            var reserve = later > 0 ? AndMore(later).Length + 1 : 0;
            if (i > 0 && reviews.Length + line.Length + reserve > reviewBudget)
            {
                reviews.Append('\n').Append(AndMore(reviewList.Count - i));
                break;
            }

            // The first review is always shown, cut if it must be: a claim without its citation is no answer.
            reviews.Append(i == 0 ? EmbedLimits.Truncate(line, Math.Max(reviewBudget, 16)) : line);
        }

        var passageRoom = cap - reviews.Length - passagePrefix.Length - passageSuffix.Length;
        var value = passageRoom >= 8
            ? passagePrefix + EmbedLimits.Truncate(OneLine(match.Passage), passageRoom) + passageSuffix + reviews
            : reviews.ToString().TrimStart('\n');
        return EmbedLimits.Truncate(value, cap);
    }

    private string ReviewLine(Review review, bool suggestion)
    {
        var rating = EmbedLimits.Truncate(OneLine(review.RatingText), 80);
        var publisher = EmbedLimits.Truncate(review.Publisher.DisplayName.Replace("]", ")", StringComparison.Ordinal), 60);
        var date = review.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // A suggestion is not a verdict on the user's message: only the publisher's own words are shown, unbolded.
        var verdict = suggestion
            ? $"{ui.RatingLabel}: “{rating}”"
            : $"**{ui.VerdictName(review.Verdict)}** (“{rating}”)";
        var link = Uri.TryCreate(review.Url, UriKind.Absolute, out _) ? $"[{publisher}]({review.Url})" : publisher;
        return date is null ? $"{verdict} · {link}" : $"{verdict} · {link}, {date}";
    }

    private string AndMore(int count) => string.Format(CultureInfo.InvariantCulture, ui.AndMore, count);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
