using System.Text.Json;

namespace FactCheck.Discord.Adapter;

/// <summary>Tolerant reads of Discord's JSON: a missing or mistyped field is null, never an exception.</summary>
internal static class Json
{
    public static JsonElement? Get(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : null;

    public static JsonElement? Object(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    public static string? String(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static int? Int(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var n) ? n : null;

    public static bool IsTrue(this JsonElement element, string name) => element.Get(name) is { ValueKind: JsonValueKind.True };

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) =>
        element.Get(name) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray() : [];
}
