namespace FactCheck.Bot.Tests.Feeds;

/// <summary>One request the fake site received, what it answered, and when it started and finished answering.</summary>
internal sealed record SiteRequest(
    string Path,
    string Query,
    string? IfNoneMatch,
    string? UserAgent,
    string? ApiKey,
    int Status,
    bool Gzipped,
    DateTimeOffset Started,
    DateTimeOffset Finished)
{
    public bool Conditional => IfNoneMatch is not null;
}
