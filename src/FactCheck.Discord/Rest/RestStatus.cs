namespace FactCheck.Discord.Rest;

/// <summary>How a REST call ended.</summary>
internal enum RestStatus
{
    Ok,

    /// <summary>401: the token is wrong; the client sends nothing more.</summary>
    Unauthorized,

    /// <summary>Discord refused the request (4xx), or it kept failing (5xx, rate limits) past the retry bound.</summary>
    Failed,
}
