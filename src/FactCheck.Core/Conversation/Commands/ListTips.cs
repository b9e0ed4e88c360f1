namespace FactCheck.Core.Conversation.Commands;

/// <summary>/queue: the open tips, most asked first.</summary>
public sealed record ListTips : ChatCommand
{
    public override string Name => "queue";

    public override bool ForReviewers => true;
}
