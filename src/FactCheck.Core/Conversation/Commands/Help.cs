namespace FactCheck.Core.Conversation.Commands;

/// <summary>/help (and /start): what the bot does and every command this user may use.</summary>
public sealed record Help : ChatCommand
{
    public override string Name => "help";
}
