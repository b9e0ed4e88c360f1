namespace FactCheck.Core.Feeds;

/// <summary>A claim a feed brought in that the matcher would confidently answer an open tip with, offered to the reviewers.</summary>
/// <remarks>Confidence is the matcher's calibrated confidence that the tip states the claim.</remarks>
public sealed record FeedSuggestion(long TipId, string ClaimId, string Source, double Confidence, DateTimeOffset SuggestedAt)
{
    /// <summary>The one command that attaches the claim to the tip (its askers are told only then).</summary>
    public string AttachCommand => FormattableString.Invariant($"/attach {TipId} {ClaimId}");
}
