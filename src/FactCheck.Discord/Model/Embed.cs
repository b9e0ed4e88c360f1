using System.Text.Json.Serialization;

namespace FactCheck.Discord.Model;

/// <summary>A message embed (title, description, colour, fields, footer) as Discord's JSON expects it.</summary>
public sealed record Embed(
    string? Title = null,
    string? Description = null,
    int? Color = null,
    IReadOnlyList<EmbedField>? Fields = null,
    EmbedFooter? Footer = null)
{
    /// <summary>Characters that count towards Discord's 6,000 per message: title, description, field names and values, footer.</summary>
    [JsonIgnore]
    public int CountedLength =>
        (Title?.Length ?? 0) + (Description?.Length ?? 0) + (Footer?.Text.Length ?? 0)
        + (Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}
