namespace FactCheck.Discord.Model;

/// <summary>One embed field: name up to 256 characters, value up to 1,024.</summary>
public sealed record EmbedField(string Name, string Value, bool Inline = false);
