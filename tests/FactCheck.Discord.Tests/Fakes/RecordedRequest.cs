using System.Text.Json;

namespace FactCheck.Discord.Tests.Fakes;

/// <summary>A REST request the fake Discord received.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string? UserAgent, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}
