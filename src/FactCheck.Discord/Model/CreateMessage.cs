namespace FactCheck.Discord.Model;

/// <summary>Body of POST /channels/{id}/messages.</summary>
public sealed record CreateMessage(
    IReadOnlyList<Embed> Embeds,
    AllowedMentions AllowedMentions,
    MessageReference? MessageReference = null,
    string? Content = null,
    IReadOnlyList<Component>? Components = null);
