using System.Text.Json;

namespace FactCheck.Discord.Rest;

/// <summary>The outcome of a REST call as a value: expected failures are not exceptions.</summary>
/// <param name="Status">Ok, Unauthorized or Failed.</param>
/// <param name="HttpStatus">The last HTTP status, 0 when no answer came.</param>
/// <param name="Body">The parsed JSON answer; undefined when there was none.</param>
/// <param name="Error">Discord's error message or ours, for logs.</param>
internal sealed record RestResult(RestStatus Status, int HttpStatus, JsonElement Body, string? Error = null)
{
    public bool IsOk => Status == RestStatus.Ok;
}
