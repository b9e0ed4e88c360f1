namespace FactCheck.Core.Tips;

/// <summary>Outcome of a submission.</summary>
public enum SubmitStatus
{
    /// <summary>A new tip was created.</summary>
    Created,

    /// <summary>The asker joined an open tip with the same or a near-identical text; its count rose.</summary>
    Joined,

    /// <summary>The asker had already submitted this tip; nothing changed.</summary>
    AlreadyAsked,

    /// <summary>The text has nothing to check (empty, only symbols); nothing was stored.</summary>
    NothingToSubmit,
}
