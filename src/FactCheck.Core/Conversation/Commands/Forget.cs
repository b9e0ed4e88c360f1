namespace FactCheck.Core.Conversation.Commands;

/// <summary>/forget: delete everything stored about the user.</summary>
public sealed record Forget : ChatCommand
{
    public override string Name => "forget";
}
