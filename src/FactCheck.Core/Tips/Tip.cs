namespace FactCheck.Core.Tips;

/// <summary>A message users submitted for checking after the bot knew no fact-check for it.</summary>
/// <param name="Id">Store-assigned number, shown to reviewers.</param>
/// <param name="Text">The submitted text (the first submitter's wording).</param>
/// <param name="TextHash">Hash of the normalised text; identical submissions share it.</param>
/// <param name="Language">Language of the text ("en", "id", ...).</param>
/// <param name="Status">Open, Published or Dismissed.</param>
/// <param name="AskCount">How many distinct users submitted it.</param>
/// <param name="CreatedAt">When it was first submitted.</param>
/// <param name="UpdatedAt">When it last changed (a new asker, a reviewer's decision).</param>
/// <param name="ClaimId">The claim that answers it, once published or attached.</param>
public sealed record Tip(
    long Id,
    string Text,
    string TextHash,
    string Language,
    TipStatus Status,
    int AskCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? ClaimId);
