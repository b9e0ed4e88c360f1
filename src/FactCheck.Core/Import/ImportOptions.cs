namespace FactCheck.Core.Import;

/// <summary>How files are read into claims: whether a claim needs a rating, and how many claims are written at a time.</summary>
public sealed record ImportOptions
{
    /// <summary>What the `import` verb, the seeds and feeds use: a claim without a rating is refused.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>For retrieval benchmarks (eval, calibrate): their claim pools state no rating and are never shown as verdicts.</summary>
    public static ImportOptions UnratedAllowed { get; } = new() { RequireRating = false };

    /// <summary>A claim with no rating is not a fact-check the bot should present: refuse it with that reason.</summary>
    public bool RequireRating { get; init; } = true;

    /// <summary>An HTML page or a JSON object up to this size is parsed whole; a larger JSON object is read element by
    /// element from its `@graph`, `dataFeedElement`, `itemListElement` or `claims` array, a larger page is refused.</summary>
    public long MaxWholeBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Claims handed to the store at a time while a file streams; memory holds about one batch.</summary>
    public int BatchSize { get; init; } = 500;
}
