namespace FactCheck.Core.Conversation.Commands;

/// <summary>/dismiss ID: set a tip aside without notifying its askers.</summary>
public sealed record Dismiss(long? TipId) : ChatCommand
{
    public override string Name => "dismiss";

    public override bool ForReviewers => true;
}
