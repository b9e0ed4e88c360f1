namespace FactCheck.Core.Feeds;

/// <summary>The outcome of one polite GET: the body when <see cref="FetchStatus.Ok"/>, else why not.</summary>
/// <remarks>Url is the address finally read (after redirects); Problem, for anything but Ok and NotModified, a short reason a
/// person can act on ("HTTP 404").</remarks>
public sealed record FetchResult(FetchStatus Status, Uri Url, byte[]? Body = null, ResourceValidators? Validators = null, string? Problem = null)
{
    /// <summary>True when a later run could succeed where this one did not.</summary>
    public bool IsTransient => Status == FetchStatus.Failed;
}
