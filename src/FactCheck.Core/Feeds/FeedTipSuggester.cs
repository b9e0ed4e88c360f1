using System.Globalization;
using FactCheck.Core.Checking;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;

namespace FactCheck.Core.Feeds;

/// <summary>After a feed pass: offers the reviewers each new claim the matcher would confidently answer an open tip with.</summary>
/// <remarks>Unlike a file import, nothing is attached automatically: a feed runs unattended, and a wrong automatic answer
/// would be a wrong verdict sent to people. The askers are told only when a reviewer runs the suggested `/attach`.
/// A tip is offered a given claim once (the store keeps the suggestion).</remarks>
public sealed class FeedTipSuggester(ITipStore tips, CheckService checker, IFeedStateStore state, IReviewerAnnouncer announcer, ReviewerOptions reviewers, TimeProvider time)
{
    public async Task SuggestAsync(IReadOnlyList<FeedRunReport> reports, CancellationToken cancellationToken)
    {
        var sourceOf = new Dictionary<string, FeedRunReport>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            foreach (var id in report.ChangedClaimIds)
            {
                sourceOf.TryAdd(id, report);
            }
        }

        if (sourceOf.Count == 0)
        {
            return;
        }

        await checker.ReloadAsync(cancellationToken);
        foreach (var tip in await tips.ListOpenAsync(int.MaxValue, cancellationToken))
        {
            var check = await checker.CheckAsync(new CheckRequest(tip.Text, tip.Language), cancellationToken);
            if (check.Matches.FirstOrDefault(m => m.Decision == MatchDecision.Reply && sourceOf.ContainsKey(m.Claim.Id)) is not { } best)
            {
                continue;
            }

            var report = sourceOf[best.Claim.Id];
            var suggestion = new FeedSuggestion(tip.Id, best.Claim.Id, report.Source, best.Score, time.GetUtcNow());
            if (!await state.AddSuggestionAsync(suggestion, cancellationToken))
            {
                continue;
            }

            report.Suggestions.Add(suggestion);
            var review = best.Claim.Reviews[0];
            await announcer.AnnounceAsync(Notice(suggestion, review.RatingText, review.Publisher.DisplayName), cancellationToken);
        }
    }

    private string Notice(FeedSuggestion s, string rating, string publisher) =>
        string.Format(
            CultureInfo.InvariantCulture,
            reviewers.Language.Trim().Equals("id", StringComparison.OrdinalIgnoreCase)
                ? "Saran dari feed {0}: laporan #{1} mungkin terjawab oleh klaim {2} (\"{3}\", {4}). Untuk melampirkannya: {5}"
                : "Suggestion from feed {0}: tip #{1} may be answered by claim {2} (\"{3}\", {4}). To attach it: {5}",
            s.Source, s.TipId, s.ClaimId, rating, publisher, s.AttachCommand);
}
