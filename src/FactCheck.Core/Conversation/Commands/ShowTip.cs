namespace FactCheck.Core.Conversation.Commands;

/// <summary>/tip ID: one tip; a null id when none could be read.</summary>
public sealed record ShowTip(long? TipId) : ChatCommand
{
    public override string Name => "tip";

    public override bool ForReviewers => true;
}
