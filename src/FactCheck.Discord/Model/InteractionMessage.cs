namespace FactCheck.Discord.Model;

/// <summary>A message sent in answer to an interaction, or the edit of a deferred answer.</summary>
/// <param name="Embeds">The embeds of the answer.</param>
/// <param name="AllowedMentions">Who may be pinged: nobody.</param>
/// <param name="Flags">64 (EPHEMERAL) shows it only to the user who asked.</param>
/// <param name="Content">Plain text, for short answers.</param>
/// <param name="Components">Buttons; an empty list removes them when a message is updated.</param>
public sealed record InteractionMessage(
    IReadOnlyList<Embed>? Embeds = null,
    AllowedMentions? AllowedMentions = null,
    int? Flags = null,
    string? Content = null,
    IReadOnlyList<Component>? Components = null)
{
    public const int Ephemeral = 1 << 6;
}
