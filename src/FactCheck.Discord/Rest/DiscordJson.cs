using System.Text.Json;
using System.Text.Json.Serialization;

namespace FactCheck.Discord.Rest;

/// <summary>JSON settings matching Discord's wire format: snake_case names, absent rather than null fields.</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
