namespace FactCheck.Core.Feeds;

/// <summary>What a server gave to recognise a copy later: sent back as If-None-Match / If-Modified-Since.</summary>
public sealed record ResourceValidators(string? ETag, string? LastModified)
{
    public bool IsEmpty => string.IsNullOrEmpty(ETag) && string.IsNullOrEmpty(LastModified);
}
