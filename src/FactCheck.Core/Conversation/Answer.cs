using FactCheck.Core.Checking;

namespace FactCheck.Core.Conversation;

/// <summary>The conversation's answer, the same on every surface; adapters only render it (Telegram HTML and a button,
/// Discord embeds and components, console text).</summary>
/// <param name="Kind">What the answer is.</param>
/// <param name="Language">The language it is written in ("en" or "id").</param>
/// <param name="Text">Plain text (escaped by the adapter) for every kind but a report; for a report, an optional line
/// shown before it (an image's: which text was read from it, or why none was); null for silence.</param>
/// <param name="Report">The check's report, for <see cref="AnswerKind.Report"/>.</param>
/// <param name="Actions">What the user is offered next (the "send to reviewers" offer).</param>
/// <param name="Submittable">The text a <see cref="OfferedAction.SubmitToReviewers"/> sends, when offered.</param>
/// <param name="PromisedPrivately">True when the text promised the verdict in a private message from a group: the
/// adapter may add what the user must do for it to arrive (Telegram's "press Start").</param>
/// <param name="Command">The command answered, or null for a checked message.</param>
public sealed record Answer(
    AnswerKind Kind,
    string Language,
    string? Text = null,
    CheckReport? Report = null,
    IReadOnlyList<OfferedAction>? Actions = null,
    string? Submittable = null,
    bool PromisedPrivately = false,
    string? Command = null)
{
    /// <summary>True when the answer offers to send the checked text to the reviewers.</summary>
    public bool OffersSubmit => Actions?.Contains(OfferedAction.SubmitToReviewers) == true;

    /// <summary>The ids of the claims whose verdicts the answer gives (confident matches) and suggests.</summary>
    public IReadOnlyList<string> ClaimIds => Report?.Matches.Select(m => m.Claim.Id).ToList() ?? [];
}
