namespace FactCheck.Core.Checking;

/// <summary>Checks a message against the stored fact-checks. Adapters call only this.</summary>
public interface ICheckService
{
    /// <summary>Finds every known claim the message carries. Never throws for bad input; the report says what was wrong.</summary>
    Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken);
}
