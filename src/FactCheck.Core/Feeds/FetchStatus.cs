namespace FactCheck.Core.Feeds;

/// <summary>How a polite fetch ended.</summary>
public enum FetchStatus
{
    /// <summary>A body within the size cap.</summary>
    Ok,

    /// <summary>304: the copy we read last time is still current.</summary>
    NotModified,

    /// <summary>robots.txt asks us not to read it; no request was sent.</summary>
    Disallowed,

    /// <summary>A 4xx answer (404, 410, 403, ...): retrying will not help.</summary>
    Refused,

    /// <summary>The body grew past Feeds:MaxPageBytes and was abandoned while streaming.</summary>
    TooLarge,

    /// <summary>Network failure, timeout, 5xx or 429 after the retries, too many redirects: a later run may succeed.</summary>
    Failed,
}
