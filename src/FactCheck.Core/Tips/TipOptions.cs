namespace FactCheck.Core.Tips;

/// <summary>The `Tips` section: how near-identical submissions are joined and how long tips are kept.</summary>
public sealed class TipOptions
{
    public const string Section = "Tips";

    /// <summary>Token-set Jaccard similarity at or above which a submission joins an open tip.</summary>
    public double JoinSimilarity { get; init; } = 0.8;

    /// <summary>Tips not updated for this many days are purged, with their askers and notifications.</summary>
    public int RetentionDays { get; init; } = 180;

    /// <summary>A longer submission keeps only its beginning (the same length a check reads).</summary>
    public int MaxTextLength { get; init; } = 20_000;

    /// <summary>How often the outbox is read for notifications that another process (an `import`) enqueued.</summary>
    public int OutboxPollSeconds { get; init; } = 10;
}
