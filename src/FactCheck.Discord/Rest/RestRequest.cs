namespace FactCheck.Discord.Rest;

/// <summary>One REST call: where it goes, which rate-limit bucket it falls in, and its JSON body.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path relative to the API base URL, e.g. "channels/1/messages".</param>
/// <param name="Route">The route with its ids as placeholders, e.g. "POST channels/{channel}/messages".</param>
/// <param name="MajorId">The route's major parameter (channel, guild, webhook or interaction), which splits its bucket.</param>
/// <param name="Body">Serialised as JSON with snake_case names; null for none.</param>
/// <param name="Authorized">False for interaction and webhook-token routes, which carry their own token.</param>
/// <param name="File">A file to upload with the body (sent as multipart/form-data), or null.</param>
internal sealed record RestRequest(HttpMethod Method, string Path, string Route, string MajorId, object? Body = null, bool Authorized = true, RestFile? File = null);
