using System.Text.Json;

namespace FactCheck.Discord.Tests.Fakes;

/// <summary>A REST request the fake Discord received, and the status it answered with.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string? UserAgent, string Body, int Status = 200)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    /// <summary>Every string in the body, decoded (JSON may escape non-ASCII characters), one per line.</summary>
    public string Text => string.Join("\n", Strings(Json));

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
