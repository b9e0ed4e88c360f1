namespace FactCheck.Core.Conversation.Commands;

/// <summary>/desk: a reviewer asks, in a private chat, for a one-time sign-in link to the web desk.</summary>
public sealed record OpenDesk : ChatCommand
{
    public override string Name => "desk";

    public override bool ForReviewers => true;
}
