using FactCheck.Core.Checking;

namespace FactCheck.Core.Conversation;

/// <summary>When an answer offers to send the message to the reviewers: the one rule every surface follows.</summary>
public static class TipOfferRule
{
    /// <summary>True when there was something to check and no confident verdict came of it (nothing, or only "possibly
    /// related"): the reviewers can help. A verdict, an empty message or one with nothing checkable offer nothing.</summary>
    public static bool Offers(CheckReport report, string checkedText) =>
        !report.HasReply
        && report.Note is not (InputNote.Empty or InputNote.NothingToCheck)
        && !string.IsNullOrWhiteSpace(checkedText);
}
