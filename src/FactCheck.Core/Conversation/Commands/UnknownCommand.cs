namespace FactCheck.Core.Conversation.Commands;

/// <summary>A /word the bot does not know: answered with the commands it does know, never checked nor submittable.</summary>
public sealed record UnknownCommand(string Typed) : ChatCommand
{
    public override string Name => Typed;
}
