namespace FactCheck.Core.Conversation.Commands;

/// <summary>/notify on|off; null when the argument was neither.</summary>
public sealed record Notify(bool? On) : ChatCommand
{
    public override string Name => "notify";
}
