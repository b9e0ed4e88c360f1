namespace FactCheck.Discord.Model;

/// <summary>An embed's footer line (up to 2,048 characters).</summary>
public sealed record EmbedFooter(string Text);
