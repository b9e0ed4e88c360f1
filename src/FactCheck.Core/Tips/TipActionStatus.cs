namespace FactCheck.Core.Tips;

/// <summary>Outcome of a reviewer action; every expected failure is a value here, not an exception.</summary>
public enum TipActionStatus
{
    /// <summary>Done.</summary>
    Done,

    /// <summary>The user is not a configured reviewer: answer with a polite refusal.</summary>
    NotAllowed,

    /// <summary>No tip with that id.</summary>
    TipNotFound,

    /// <summary>The tip was dismissed; it cannot be published or attached any more.</summary>
    NotOpen,

    /// <summary>The claim to attach to does not exist.</summary>
    ClaimNotFound,

    /// <summary>The reviewer's input is unusable (no rating words, not a web URL, no publisher); see the message.</summary>
    Invalid,
}
