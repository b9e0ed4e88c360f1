namespace FactCheck.Core.Conversation.Commands;

/// <summary>/check TEXT: check this text (a chat message without a command is checked the same way).</summary>
public sealed record Check(string Text) : ChatCommand
{
    public override string Name => "check";
}
