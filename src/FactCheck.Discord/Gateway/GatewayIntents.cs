namespace FactCheck.Discord.Gateway;

/// <summary>The gateway intents the bot asks for when it identifies.</summary>
[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,

    /// <summary>Privileged: without it guild message text is empty except when the bot is mentioned.</summary>
    MessageContent = 1 << 15,

    /// <summary>What this bot needs: servers, their messages and DMs, and the text of those messages.</summary>
    Bot = Guilds | GuildMessages | DirectMessages | MessageContent,
}
