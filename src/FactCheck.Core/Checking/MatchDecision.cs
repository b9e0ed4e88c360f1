namespace FactCheck.Core.Checking;

/// <summary>How sure the matcher is that a passage speaks of a fact-checked claim.</summary>
public enum MatchDecision
{
    /// <summary>Shown as "possibly related", never as a verdict on the message.</summary>
    Suggest,

    /// <summary>Confident: the claim's verdict is shown for the message.</summary>
    Reply,
}
