using FactCheck.Core.Claims;

namespace FactCheck.Core.Tips;

/// <summary>Durable home of the tipline: tips, their askers, reviewer actions and the notification outbox.</summary>
/// <remarks>Every method that changes more than one row does so in one transaction: a crash leaves all or nothing.</remarks>
public interface ITipStore
{
    /// <summary>Applies pending schema migrations; safe to call at every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Stores a submission in one transaction: joins <paramref name="joinTipId"/> when it is still open, else an
    /// open tip with the same <paramref name="textHash"/>, else creates a tip. An asker counts once per tip. The result
    /// says whether the asker has opted out of notifications, so the answer promises only what a publish will do.</summary>
    Task<SubmitResult> SubmitAsync(TipSubmission submission, string textHash, string language, long? joinTipId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Open tips, most asked first, then oldest first.</summary>
    Task<IReadOnlyList<Tip>> ListOpenAsync(int limit, CancellationToken cancellationToken);

    /// <summary>The tip, or null.</summary>
    Task<Tip?> GetAsync(long tipId, CancellationToken cancellationToken);

    /// <summary>The tip's askers, first asker first.</summary>
    Task<IReadOnlyList<Asker>> GetAskersAsync(long tipId, CancellationToken cancellationToken);

    /// <summary>In ONE transaction: stores <paramref name="claim"/> (merged with a stored claim of its id, as an import
    /// would), marks the tip published with it, enqueues one notification per asker who has not opted out (once per
    /// claim version) and records the reviewer's action. Publishing an already published tip again is a correction.</summary>
    Task<TipActionResult<Tip>> PublishAsync(long tipId, Claim claim, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Like <see cref="PublishAsync"/> with a claim already stored: marks, enqueues and records in one transaction.</summary>
    Task<TipActionResult<Tip>> AttachAsync(long tipId, string claimId, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Marks an open tip dismissed and records the action.</summary>
    Task<TipActionResult<Tip>> DismissAsync(long tipId, Reviewer reviewer, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a reviewer action that changes nothing else (opening a tip, listing the queue).</summary>
    Task RecordActionAsync(Reviewer reviewer, string action, long? tipId, string? detail, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Sets whether a user receives tip notifications; pending ones of an opted-out user are dropped.</summary>
    Task SetOptOutAsync(string platform, string userId, bool optedOut, CancellationToken cancellationToken);

    /// <summary>Removes every row about the user: their asks (a tip only they asked goes with its text), their
    /// notifications, opt-out and per-user settings; their reviewer actions keep the what and when but lose the who.</summary>
    /// <returns>How many rows were removed or anonymised.</returns>
    Task<int> ForgetUserAsync(string platform, string userId, CancellationToken cancellationToken);

    /// <summary>Deletes tips (with their askers and notifications) last updated before <paramref name="cutoff"/>.</summary>
    Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>Takes the platform's pending notifications, oldest first (each adapter delivers its own), for this
    /// instance: each row taken is leased (<see cref="Outbox.OutboxLease"/>), so no other instance takes it until it is
    /// marked sent, released, or the lease runs out (a crashed instance's rows are then taken again). They stay pending
    /// until marked sent, so a crash between sending and marking resends one message rather than losing it.</summary>
    Task<IReadOnlyList<OutboxMessage>> DequeuePendingAsync(string platform, int limit, CancellationToken cancellationToken);

    /// <summary>Gives back rows taken by <see cref="DequeuePendingAsync"/> and not delivered (a "retry later", a pass cut
    /// short), so the next pass of any instance may take them at once rather than after the lease.</summary>
    Task ReleaseAsync(IReadOnlyCollection<long> outboxIds, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Marks a notification delivered; marking it again changes nothing.</summary>
    Task MarkSentAsync(long outboxId, DateTimeOffset now, CancellationToken cancellationToken);
}
