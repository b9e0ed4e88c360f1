namespace FactCheck.Core.Conversation.Commands;

/// <summary>/attach ID CLAIM_ID: answer a tip with a stored claim.</summary>
public sealed record Attach(long? TipId, string? ClaimId) : ChatCommand
{
    public override string Name => "attach";

    public override bool ForReviewers => true;
}
