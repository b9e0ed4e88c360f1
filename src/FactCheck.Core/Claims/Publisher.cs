namespace FactCheck.Core.Claims;

/// <summary>The organisation that published a fact-check.</summary>
/// <param name="Name">Display name, e.g. "AFP Fact Check"; may be empty when a feed gives only the site.</param>
/// <param name="Site">The publisher's web site or domain, when known.</param>
public sealed record Publisher(string Name, string? Site = null)
{
    /// <summary>The name to show a reader: the name, else the site.</summary>
    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? Site ?? "?" : Name;
}
