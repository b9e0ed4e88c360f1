namespace FactCheck.Core.Feeds;

/// <summary>A list, feed or page read before: its validators and when it was last read.</summary>
public sealed record FeedResourceState(string Url, ResourceValidators Validators, DateTimeOffset FetchedAt);
