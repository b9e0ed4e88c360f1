namespace FactCheck.Core.Checking.Log;

/// <summary>Durable, text-free record of user-requested checks, for the reviewers' <c>/stats</c>.</summary>
public interface ICheckLog
{
    /// <summary>Stores one check.</summary>
    Task RecordAsync(CheckRecord record, CancellationToken cancellationToken);

    /// <summary>Counts of the checks since <paramref name="since"/>, with the <paramref name="top"/> most matched claims.</summary>
    Task<CheckStats> SummarizeAsync(DateTimeOffset since, int top, CancellationToken cancellationToken);

    /// <summary>Deletes records older than <paramref name="cutoff"/>; the count removed.</summary>
    Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
