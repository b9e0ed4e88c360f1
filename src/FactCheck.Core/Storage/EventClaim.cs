namespace FactCheck.Core.Storage;

/// <summary>What claiming a platform event (a Telegram update) found.</summary>
public enum EventClaim
{
    /// <summary>This instance holds it now: handle it, then complete it.</summary>
    Claimed,

    /// <summary>Another instance holds a claim that has not run out: leave it to that one, and let the platform ask again later.</summary>
    HeldElsewhere,

    /// <summary>Handled already: answer the platform that all is well and do nothing.</summary>
    Done,
}
