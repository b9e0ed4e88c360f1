namespace FactCheck.Core.Tips;

/// <summary>Where a tip stands: waiting for a reviewer, answered with a fact-check, or set aside.</summary>
public enum TipStatus
{
    /// <summary>Submitted, not yet handled by a reviewer.</summary>
    Open,

    /// <summary>A fact-check was published for it or it was attached to an existing claim.</summary>
    Published,

    /// <summary>A reviewer decided not to check it.</summary>
    Dismissed,
}
