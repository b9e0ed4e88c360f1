namespace FactCheck.Core.Conversation.Commands;

/// <summary>/privacy: what the bot stores, and for how long.</summary>
public sealed record Privacy : ChatCommand
{
    public override string Name => "privacy";
}
