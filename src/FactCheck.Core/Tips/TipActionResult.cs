namespace FactCheck.Core.Tips;

/// <summary>The result of a reviewer action: a status, the value when done, and a message for Invalid.</summary>
public sealed record TipActionResult<T>(TipActionStatus Status, T? Value = default, string? Message = null)
{
    /// <summary>True when the action was done.</summary>
    public bool IsDone => Status == TipActionStatus.Done;
}
