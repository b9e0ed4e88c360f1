namespace FactCheck.Core.Desk;

/// <summary>What a <see cref="DeskToken"/> opens.</summary>
public enum DeskTokenKind
{
    /// <summary>A one-time sign-in link (single use, minutes).</summary>
    Link,

    /// <summary>A signed-in browser's session cookie.</summary>
    Session,
}
