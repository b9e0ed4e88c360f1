namespace FactCheck.Core.Feeds;

/// <summary>A source's state as stored: when it last ran and last succeeded, how far it has read, and its last error.</summary>
public sealed record FeedSourceState(string Name, DateTimeOffset? LastRunAt, DateTimeOffset? LastSuccessAt, string? Cursor, string? LastError, DateTimeOffset? LastErrorAt);
