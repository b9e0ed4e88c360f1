namespace FactCheck.Core.Claims;

/// <summary>Another wording of a claim (a title, a translation, a variant that circulated).</summary>
public sealed record Phrasing(string Text, string? Language = null);
