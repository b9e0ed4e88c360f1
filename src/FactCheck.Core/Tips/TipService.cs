using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Matching;
using FactCheck.Core.Tips.Outbox;

namespace FactCheck.Core.Tips;

/// <summary>The tipline's operations for adapters and the command line: submit, the reviewers' queue and decisions, privacy.</summary>
/// <remarks>Reviewer operations check the caller first and answer <see cref="TipActionStatus.NotAllowed"/> to anyone
/// not configured; after a publish the checker's index is rebuilt so the next check of the same text finds the verdict.</remarks>
/// <param name="store">The tips, askers, audit and outbox.</param>
/// <param name="checkService">Reloaded after a publish, so the next check finds the new verdict.</param>
/// <param name="reviewers">Who may act.</param>
/// <param name="options">Join similarity and retention.</param>
/// <param name="time">The clock.</param>
/// <param name="signal">Pulsed after notifications were enqueued, so the adapters' senders deliver at once.</param>
/// <param name="images">The images of tips submitted as images; without it only their text is kept.</param>
/// <param name="fingerprints">Where a published verdict keeps its tip image's fingerprints with the claim.</param>
public sealed partial class TipService(
    ITipStore store,
    CheckService checkService,
    ReviewerOptions reviewers,
    TipOptions options,
    TimeProvider time,
    TipOutboxSignal? signal = null,
    ITipImageStore? images = null,
    Images.IImageFingerprintStore? fingerprints = null)
{
    /// <summary>The "reviewer" recorded when an imported claim answers a tip.</summary>
    public static readonly Reviewer ImportReviewer = new("system", "import");

    /// <summary>The longest summary a reviewer's verdict may carry.</summary>
    public const int MaxSummaryLength = 1000;

    /// <summary>Stores a user's submission, joining an open tip that it repeats.</summary>
    /// <remarks>"Repeats" means either the same words give or take a few (token-set Jaccard at least
    /// <see cref="TipOptions.JoinSimilarity"/>), or the checker's own matcher, run over the open tips' texts, would
    /// answer the submission with that tip as a confident Reply: a reworded forward of the same claim joins the tip
    /// that one fact-check will answer.</remarks>
    public async Task<SubmitResult> SubmitAsync(TipSubmission submission, CancellationToken cancellationToken)
    {
        // A pasted megabyte is kept only as far as a check reads it; reviewers get what the bot could match.
        if (submission.Text.Length > options.MaxTextLength)
        {
            submission = submission with { Text = submission.Text[..options.MaxTextLength] };
        }

        var text = TipText.Of(submission.Text);
        if (text.IsEmpty)
        {
            return new SubmitResult(SubmitStatus.NothingToSubmit, 0, 0);
        }

        var open = await store.ListOpenAsync(int.MaxValue, cancellationToken);
        long? join = null;
        var best = 0.0;
        foreach (var tip in open)
        {
            var similarity = tip.TextHash == text.Hash ? 1 : text.Similarity(TipText.Of(tip.Text));
            if (similarity >= options.JoinSimilarity && similarity > best)
            {
                (join, best) = (tip.Id, similarity);
            }
        }

        join ??= SameClaim(submission.Text, open);
        var language = LanguageGuesser.Guess(TextNormalizer.Normalize(submission.Text).Text);
        var result = await store.SubmitAsync(submission, text.Hash, language, join, time.GetUtcNow(), cancellationToken);
        await KeepImageAsync(submission, result, cancellationToken);
        return result;
    }

    // The open tip the matcher would confidently answer the submission with, if any.
    private long? SameClaim(string submission, IReadOnlyList<Tip> open)
    {
        if (open.Count == 0)
        {
            return null;
        }

        var asClaims = open.Select(t => new Claim(t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Text, t.Language, [], [], [])).ToList();
        var matcher = checkService.MatcherFor(asClaims);
        using var index = matcher.Index;
        var reply = matcher.Match(submission).Matches.FirstOrDefault(m => matcher.Decide(m) == MatchDecision.Reply);
        return reply is null ? null : long.Parse(index.Claims[reply.ClaimIndex].Id, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="reviewer"/> may act; a granted <paramref name="action"/> is recorded.</summary>
    public async Task<bool> AuthorizeAsync(Reviewer reviewer, string? action, CancellationToken cancellationToken)
    {
        if (!reviewers.Allows(reviewer))
        {
            return false;
        }

        if (action is not null)
        {
            await store.RecordActionAsync(reviewer, action, null, null, time.GetUtcNow(), cancellationToken);
        }

        return true;
    }

    /// <summary>Open tips, most asked first.</summary>
    public async Task<TipActionResult<IReadOnlyList<Tip>>> ListQueueAsync(Reviewer reviewer, int limit, CancellationToken cancellationToken)
    {
        if (!reviewers.Allows(reviewer))
        {
            return new(TipActionStatus.NotAllowed);
        }

        await store.RecordActionAsync(reviewer, "list", null, null, time.GetUtcNow(), cancellationToken);
        return new(TipActionStatus.Done, await store.ListOpenAsync(limit, cancellationToken));
    }

    /// <summary>A tip with its askers, for a reviewer to read.</summary>
    public async Task<TipActionResult<(Tip Tip, IReadOnlyList<Asker> Askers)>> OpenAsync(Reviewer reviewer, long tipId, CancellationToken cancellationToken)
    {
        if (!reviewers.Allows(reviewer))
        {
            return new(TipActionStatus.NotAllowed);
        }

        if (await store.GetAsync(tipId, cancellationToken) is not { } tip)
        {
            return new(TipActionStatus.TipNotFound);
        }

        await store.RecordActionAsync(reviewer, "open", tipId, null, time.GetUtcNow(), cancellationToken);
        return new(TipActionStatus.Done, (tip, await store.GetAskersAsync(tipId, cancellationToken)));
    }

    /// <summary>Publishes the reviewer's fact-check for the tip (a correction when it was published before), then reloads the checker.</summary>
    public async Task<TipActionResult<Tip>> PublishAsync(Reviewer reviewer, long tipId, TipVerdict verdict, CancellationToken cancellationToken)
    {
        if (!reviewers.Allows(reviewer))
        {
            return new(TipActionStatus.NotAllowed);
        }

        if (ProblemOf(verdict) is { } problem)
        {
            return new(TipActionStatus.Invalid, Message: English(problem), Problem: problem);
        }

        if (await store.GetAsync(tipId, cancellationToken) is not { } tip)
        {
            return new(TipActionStatus.TipNotFound);
        }

        if (TipImage.IsPlaceholder(tip.Text) && string.IsNullOrWhiteSpace(verdict.Summary))
        {
            return new(TipActionStatus.Invalid, Message: English(VerdictProblem.ImageNeedsSummary), Problem: VerdictProblem.ImageNeedsSummary);
        }

        var now = time.GetUtcNow();
        var result = await store.PublishAsync(tipId, ClaimFor(tip, verdict, now), reviewer, now, cancellationToken);
        if (result.IsDone)
        {
            await FingerprintClaimAsync(tipId, ClaimIdFor(tipId), cancellationToken);
            signal?.Pulse();
            await checkService.RefreshAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Answers the tip with an existing claim: its askers get that claim's verdict.</summary>
    public async Task<TipActionResult<Tip>> AttachAsync(Reviewer reviewer, long tipId, string claimId, CancellationToken cancellationToken)
    {
        if (!reviewers.Allows(reviewer))
        {
            return new(TipActionStatus.NotAllowed);
        }

        var result = await store.AttachAsync(tipId, claimId, reviewer, time.GetUtcNow(), cancellationToken);
        if (result.IsDone)
        {
            await FingerprintClaimAsync(tipId, claimId, cancellationToken);
            signal?.Pulse();
        }

        return result;
    }

    /// <summary>Sets the tip aside; its askers are not notified.</summary>
    public async Task<TipActionResult<Tip>> DismissAsync(Reviewer reviewer, long tipId, CancellationToken cancellationToken) =>
        reviewers.Allows(reviewer)
            ? await store.DismissAsync(tipId, reviewer, time.GetUtcNow(), cancellationToken)
            : new(TipActionStatus.NotAllowed);

    /// <summary>After new claims arrive (an import): answers every open tip the checker now confidently matches, so its
    /// askers are notified. Only a Reply decision counts, never a Suggest; the tip takes its best confident match.</summary>
    /// <returns>How many tips were answered.</returns>
    public async Task<int> ResolveOpenTipsAsync(CancellationToken cancellationToken)
    {
        // Loading or catching up the index (in a one-shot verb such as `import`, a whole load) is not worth it for no tip.
        var open = await store.ListOpenAsync(int.MaxValue, cancellationToken);
        if (open.Count == 0)
        {
            return 0;
        }

        await checkService.ReloadAsync(cancellationToken);
        var resolved = 0;
        foreach (var tip in open)
        {
            var report = await checkService.CheckAsync(new CheckRequest(tip.Text, tip.Language), cancellationToken);
            if (report.Matches.FirstOrDefault(m => m.Decision == MatchDecision.Reply) is { } best
                && (await store.AttachAsync(tip.Id, best.Claim.Id, ImportReviewer, time.GetUtcNow(), cancellationToken)).IsDone)
            {
                resolved++;
            }
        }

        if (resolved > 0)
        {
            signal?.Pulse();
        }

        return resolved;
    }

    /// <summary>Deletes tips older than the configured retention; the count removed.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) =>
        store.PurgeAsync(time.GetUtcNow() - TimeSpan.FromDays(options.RetentionDays), cancellationToken);

    /// <summary>Turns the user's tip notifications off (their pending ones are dropped) or back on.</summary>
    public Task SetNotificationsAsync(string platform, string userId, bool enabled, CancellationToken cancellationToken) =>
        store.SetOptOutAsync(platform, userId, !enabled, cancellationToken);

    /// <summary>Removes everything stored about the user (`/forget`).</summary>
    public async Task<int> ForgetAsync(string platform, string userId, CancellationToken cancellationToken) =>
        (images is null ? 0 : await images.ForgetUserAsync(platform, userId, cancellationToken))
        + await store.ForgetUserAsync(platform, userId, cancellationToken);

    /// <summary>The claim a reviewer's verdict becomes: the tip's text, one review, the links of the text as appearances.
    /// A tip of an image without words becomes a claim stated by the reviewer's summary: that is what a reply about a
    /// copy of the image quotes, and what a message describing it can match.</summary>
    public static Claim ClaimFor(Tip tip, TipVerdict verdict, DateTimeOffset now)
    {
        var summary = string.IsNullOrWhiteSpace(verdict.Summary) ? null : verdict.Summary.Trim();
        var (text, language) = TipImage.IsPlaceholder(tip.Text) && summary is not null
            ? (summary, LanguageGuesser.Guess(TextNormalizer.Normalize(summary).Text))
            : (tip.Text, tip.Language);
        var review = new Review(
            verdict.Url.Trim(),
            new Publisher(verdict.Publisher.Trim()),
            verdict.RatingText.Trim(),
            RatingMapper.Map(verdict.RatingText),
            DateOnly.FromDateTime(now.UtcDateTime),
            Language: language,
            Summary: text == summary ? null : summary);
        return new Claim(ClaimIdFor(tip.Id), text, language, [], TextNormalizer.Normalize(text).Urls, [review]);
    }

    /// <summary>The id of the claim published for a tip; publishing again replaces it (a correction).</summary>
    public static string ClaimIdFor(long tipId) => "tip:" + tipId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // What makes the verdict unpublishable, or null when it can be published.
    private static VerdictProblem? ProblemOf(TipVerdict verdict)
    {
        if (string.IsNullOrWhiteSpace(verdict.RatingText))
        {
            return VerdictProblem.NoRating;
        }

        if (!Uri.TryCreate(verdict.Url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return VerdictProblem.NotWebUrl;
        }

        if (string.IsNullOrWhiteSpace(verdict.Publisher))
        {
            return VerdictProblem.NoPublisher;
        }

        return verdict.Summary?.Length > MaxSummaryLength ? VerdictProblem.SummaryTooLong : null;
    }

    // The English wording is for the command line; the chat desk words the problem in the reviewer's language.
    private static string English(VerdictProblem problem) => problem switch
    {
        VerdictProblem.NoRating => "The rating words are missing.",
        VerdictProblem.NotWebUrl => "The URL must be an http or https link to the published fact-check.",
        VerdictProblem.NoPublisher => "The publisher is missing.",
        VerdictProblem.ImageNeedsSummary => "This tip is an image without readable text: write a summary of what it claims; replies about copies of the image will quote it.",
        _ => $"The summary is longer than {MaxSummaryLength} characters.",
    };
}
