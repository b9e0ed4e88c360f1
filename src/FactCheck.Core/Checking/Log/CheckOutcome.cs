namespace FactCheck.Core.Checking.Log;

/// <summary>What a recorded check found, for statistics.</summary>
public enum CheckOutcome
{
    /// <summary>At least one confident match: the user got a verdict.</summary>
    Reply,

    /// <summary>Only "possibly related" fact-checks.</summary>
    Suggest,

    /// <summary>Nothing known: the user was offered to submit it.</summary>
    NoMatch,

    /// <summary>Empty or nothing readable.</summary>
    NothingToCheck,
}
