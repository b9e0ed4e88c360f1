namespace FactCheck.Core.Tips;

/// <summary>The result of a reviewer action: a status, the value when done, and why for Invalid.</summary>
/// <param name="Status">What happened.</param>
/// <param name="Value">The changed tip or record when done.</param>
/// <param name="Message">For Invalid: the reason in English (the command line shows it).</param>
/// <param name="Problem">For a refused verdict: the reason, for interfaces that word it in the reviewer's own language.</param>
public sealed record TipActionResult<T>(TipActionStatus Status, T? Value = default, string? Message = null, VerdictProblem? Problem = null)
{
    /// <summary>True when the action was done.</summary>
    public bool IsDone => Status == TipActionStatus.Done;
}
