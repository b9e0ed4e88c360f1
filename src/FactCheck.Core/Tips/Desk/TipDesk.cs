using FactCheck.Core.Checking.Log;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Tips.Desk;

/// <summary>The tipline's chat commands, the same on every platform: <see cref="Conversation.ConversationService"/>
/// passes the parsed command, and its surface renders the answer. Users: /submit, /notify, /forget, /privacy. Reviewers: /queue, /tip, /publish, /attach,
/// /dismiss, /stats; anyone else gets a polite refusal.</summary>
/// <remarks>Answers follow the caller's language; what is posted in the reviewers' chats on the bot's own initiative
/// (<see cref="DeskAnswer.ReviewersNotice"/>) follows <see cref="ReviewerOptions.Language"/> instead, as nobody there
/// asked for it in theirs.</remarks>
public sealed class TipDesk(
    TipService tips, ITipStore store, IClaimStore claims, ICheckLog? checks, TipOptions options, TimeProvider time, ReviewerOptions? reviewers = null)
{
    private readonly TipDeskText reviewersText = TipDeskText.For(reviewers?.Language?.Trim());

    private const int QueueLength = 10;
    private const int TopCount = 5;
    private const int PreviewLength = 120;
    private const int NoticeLength = 600;

    private static readonly HashSet<string> TiplineCommands = ["submit", "notify", "forget", "privacy", .. CommandParser.ReviewerCommands];

    /// <summary>True when <paramref name="command"/> (lower case, without the slash) is a tipline command.</summary>
    public static bool Handles(string command) => TiplineCommands.Contains(command);

    /// <summary>Runs a tipline command typed as text. For /submit, <paramref name="arguments"/> is the text to submit: the
    /// adapter passes the replied-to message's text when the command answers one, else the text after the command.</summary>
    public Task<DeskAnswer> HandleAsync(Asker caller, string command, string arguments, CancellationToken cancellationToken) =>
        Handles(command)
            ? ExecuteAsync(caller, CommandParser.Parse(command, arguments), cancellationToken)
            : throw new ArgumentException($"'{command}' is not a tipline command; ask Handles first.", nameof(command));

    /// <summary>Runs a parsed tipline command; the one place the tipline's commands are executed.</summary>
    public async Task<DeskAnswer> ExecuteAsync(Asker caller, ChatCommand command, CancellationToken cancellationToken)
    {
        var text = TipDeskText.For(caller.Language);
        var reviewer = new Reviewer(caller.Platform, caller.UserId, caller.ChatId);
        return command switch
        {
            Submit submit => await SubmitAsync(caller, submit.Text ?? string.Empty, submit.Image, cancellationToken),
            Notify notify => await NotifyAsync(caller, notify.On, text, cancellationToken),
            Forget => new(text.Format(text.Forgotten, await tips.ForgetAsync(caller.Platform, caller.UserId, cancellationToken))),
            Privacy => new(text.Format(text.Privacy, options.RetentionDays)),
            ListTips => new(await QueueAsync(reviewer, text, cancellationToken)),
            ShowTip show => new(await OpenAsync(reviewer, show.TipId, text, cancellationToken)),
            Publish publish => new(await PublishAsync(reviewer, publish, text, cancellationToken)),
            Attach attach => new(await AttachAsync(reviewer, attach, text, cancellationToken)),
            Dismiss dismiss => new(await DismissAsync(reviewer, dismiss.TipId, text, cancellationToken)),
            Stats stats => new(await StatsAsync(reviewer, stats.Days, text, cancellationToken)),
            _ => throw new ArgumentException($"'{command.Name}' is not a tipline command.", nameof(command)),
        };
    }

    /// <summary>Submits <paramref name="message"/> (the button's or the command's text) for the reviewers.</summary>
    public Task<DeskAnswer> SubmitAsync(Asker caller, string message, CancellationToken cancellationToken) =>
        SubmitAsync(caller, message, null, cancellationToken);

    /// <summary>Submits <paramref name="message"/> with the image it was read from, if any: a new tip's notice then
    /// carries the image to the reviewers.</summary>
    public async Task<DeskAnswer> SubmitAsync(Asker caller, string message, TipImage? image, CancellationToken cancellationToken)
    {
        var text = TipDeskText.For(caller.Language);
        if (string.IsNullOrWhiteSpace(message))
        {
            return new(text.SubmitUsage);
        }

        var result = await tips.SubmitAsync(new TipSubmission(message, caller) { Image = image }, cancellationToken);

        // Where the verdict will reach the user: a group's reply must not say "here" when it goes to a private chat.
        // A user who turned notifications off is promised nothing, and told how to turn them back on.
        var silent = result.OptedOut;
        var privately = caller.NotifiedPrivately && !silent;
        var where = privately ? text.ToldPrivately : text.ToldHere;
        return result.Status switch
        {
            SubmitStatus.Created => new(
                silent ? text.Format(text.SubmitCreatedSilent, result.TipId) : text.Format(text.SubmitCreated, result.TipId, where),
                reviewersText.Format(reviewersText.NewTipNotice, result.TipId, caller.Platform, Preview(message, NoticeLength)),
                privately) { ImageTipId = image is null ? null : result.TipId },
            SubmitStatus.Joined => new(
                silent ? text.Format(text.SubmitJoinedSilent, result.TipId, result.AskCount) : text.Format(text.SubmitJoined, result.TipId, result.AskCount, where),
                reviewersText.Format(reviewersText.JoinedTipNotice, result.TipId, result.AskCount),
                privately),
            SubmitStatus.AlreadyAsked => new(
                silent ? text.Format(text.SubmitAlreadyAskedSilent, result.TipId) : text.Format(text.SubmitAlreadyAsked, result.TipId, where),
                PromisedPrivately: privately),
            _ => new(text.SubmitNothing),
        };
    }

    private async Task<DeskAnswer> NotifyAsync(Asker caller, bool? on, TipDeskText text, CancellationToken cancellationToken)
    {
        if (on is not { } enabled)
        {
            return new(text.NotifyUsage);
        }

        await tips.SetNotificationsAsync(caller.Platform, caller.UserId, enabled, cancellationToken);
        return new(enabled ? text.NotifyOn : text.NotifyOff);
    }

    private async Task<string> QueueAsync(Reviewer reviewer, TipDeskText text, CancellationToken cancellationToken)
    {
        var queue = await tips.ListQueueAsync(reviewer, QueueLength, cancellationToken);
        if (!queue.IsDone)
        {
            return Explain(queue.Status, 0, null, text);
        }

        if (queue.Value is not { Count: > 0 } open)
        {
            return text.QueueEmpty;
        }

        var lines = open.Select(t => text.Format("#{0} · {1}× · {2} · {3:yyyy-MM-dd}: {4}", t.Id, t.AskCount, t.Language, t.CreatedAt, Preview(t.Text)));
        return string.Join('\n', [text.QueueHeading, .. lines, string.Empty, text.QueueFooter]);
    }

    private async Task<string> OpenAsync(Reviewer reviewer, long? tipId, TipDeskText text, CancellationToken cancellationToken)
    {
        if (tipId is not { } id)
        {
            return await RefusalOr(reviewer, text.TipUsage, text, cancellationToken);
        }

        var opened = await tips.OpenAsync(reviewer, id, cancellationToken);
        if (!opened.IsDone)
        {
            return Explain(opened.Status, id, null, text);
        }

        var (tip, _) = opened.Value;
        var heading = text.Format(text.TipHeading, tip.Id, text.StatusName(tip.Status), text.Asked(tip.AskCount), tip.CreatedAt, tip.Language);
        var answered = tip.ClaimId is null ? null : text.Format(text.TipAnswered, tip.ClaimId);
        return string.Join('\n', new[] { heading, tip.Text, answered, string.Empty, text.QueueFooter }.OfType<string>());
    }

    private async Task<string> PublishAsync(Reviewer reviewer, Publish publish, TipDeskText text, CancellationToken cancellationToken)
    {
        if (publish is not { TipId: { } id, Verdict: { } verdict })
        {
            return await RefusalOr(reviewer, text.PublishUsage, text, cancellationToken);
        }

        var result = await tips.PublishAsync(reviewer, id, verdict, cancellationToken);
        // The service's message is English (for the command line): the reviewer is told why in their own language.
        var why = result.Problem switch
        {
            VerdictProblem.NoRating => text.VerdictNoRating,
            VerdictProblem.NotWebUrl => text.VerdictNotWebUrl,
            VerdictProblem.NoPublisher => text.VerdictNoPublisher,
            VerdictProblem.SummaryTooLong => text.Format(text.VerdictSummaryTooLong, TipService.MaxSummaryLength),
            VerdictProblem.ImageNeedsSummary => text.VerdictImageNeedsSummary,
            _ => result.Message,
        };
        return result.IsDone
            ? text.Format(text.Published, id, verdict.RatingText, verdict.Publisher)
            : Explain(result.Status, id, why, text);
    }

    private async Task<string> AttachAsync(Reviewer reviewer, Attach attach, TipDeskText text, CancellationToken cancellationToken)
    {
        if (attach is not { TipId: { } id, ClaimId: { Length: > 0 } rest })
        {
            return await RefusalOr(reviewer, text.AttachUsage, text, cancellationToken);
        }

        var result = await tips.AttachAsync(reviewer, id, rest, cancellationToken);
        return result.IsDone ? text.Format(text.Attached, id, rest) : Explain(result.Status, id, rest, text);
    }

    private async Task<string> DismissAsync(Reviewer reviewer, long? tipId, TipDeskText text, CancellationToken cancellationToken)
    {
        if (tipId is not { } id)
        {
            return await RefusalOr(reviewer, text.DismissUsage, text, cancellationToken);
        }

        var result = await tips.DismissAsync(reviewer, id, cancellationToken);
        if (result.Status == TipActionStatus.NotOpen && await store.GetAsync(id, cancellationToken) is { } closed)
        {
            // Only an open tip can be dismissed: say what it really is (a published one is not "dismissed").
            return text.Format(text.NotDismissable, id, text.StatusName(closed.Status));
        }

        return result.IsDone ? text.Format(text.Dismissed, id) : Explain(result.Status, id, null, text);
    }

    private async Task<string> StatsAsync(Reviewer reviewer, int days, TipDeskText text, CancellationToken cancellationToken)
    {
        if (!await tips.AuthorizeAsync(reviewer, "stats", cancellationToken))
        {
            return text.NotAllowed;
        }

        var since = time.GetUtcNow() - TimeSpan.FromDays(days);
        var stats = checks is null ? new CheckStats(0, 0, 0, 0, 0, []) : await checks.SummarizeAsync(since, TopCount, cancellationToken);
        var lines = new List<string>
        {
            text.Format(text.Stats, days, stats.Checks, stats.DistinctMessages, 100 * stats.MatchRate, stats.SuggestedOnly, stats.NoMatch),
            string.Empty,
            text.StatsTopClaims,
        };
        foreach (var top in stats.TopClaims)
        {
            var claim = await claims.GetAsync(top.ClaimId, cancellationToken);
            lines.Add(text.Format("{0}× {1}: {2}", top.Count, top.ClaimId, Preview(claim?.Text ?? "?")));
        }

        if (stats.TopClaims.Count == 0)
        {
            lines.Add(text.StatsNone);
        }

        var open = (await store.ListOpenAsync(int.MaxValue, cancellationToken)).Where(t => t.UpdatedAt >= since).Take(TopCount).ToList();
        lines.Add(string.Empty);
        lines.Add(text.StatsTopTips);
        lines.AddRange(open.Count == 0 ? [text.StatsNone] : open.Select(t => text.Format("#{0} · {1}×: {2}", t.Id, t.AskCount, Preview(t.Text))));
        return string.Join('\n', lines);
    }

    // A malformed command from a non-reviewer gets the refusal, not the reviewers' usage text.
    private async Task<string> RefusalOr(Reviewer reviewer, string usage, TipDeskText text, CancellationToken cancellationToken) =>
        await tips.AuthorizeAsync(reviewer, null, cancellationToken) ? usage : text.NotAllowed;

    private static string Explain(TipActionStatus status, long tipId, string? detail, TipDeskText text) => status switch
    {
        TipActionStatus.NotAllowed => text.NotAllowed,
        TipActionStatus.TipNotFound => text.Format(text.TipNotFound, tipId),
        TipActionStatus.NotOpen => text.Format(text.TipNotOpen, tipId),
        TipActionStatus.ClaimNotFound => text.Format(text.ClaimNotFound, detail),
        _ => text.Format(text.Invalid, detail),
    };

    private static string Preview(string text, int length = PreviewLength)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= length ? oneLine : string.Concat(oneLine.AsSpan(0, length - 1), "…");
    }
}
