namespace FactCheck.Core.Checking;

/// <summary>Something about the input the reply should mention.</summary>
public enum InputNote
{
    None,

    /// <summary>Nothing was sent.</summary>
    Empty,

    /// <summary>There is text, but no word or link to look up (only emoji, symbols or unreadable bytes).</summary>
    NothingToCheck,

    /// <summary>The message was longer than the checker reads; only its beginning was checked.</summary>
    Truncated,
}
