using System.Globalization;
using System.Text.Json;

namespace FactCheck.Core.Import;

/// <summary>Lenient reads of JSON-LD values, which feeds write as strings, numbers, arrays or objects interchangeably.</summary>
internal static class JsonTools
{
    public static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 128,
    };

    /// <summary>A property of an object, or default when absent or when <paramref name="e"/> is not an object.</summary>
    public static JsonElement Get(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : default;

    /// <summary>A scalar value as text (numbers and booleans included); the first scalar of an array; null otherwise.</summary>
    public static string? Str(JsonElement e, string name) => Scalar(Get(e, name));

    /// <summary>The first present scalar among several property names.</summary>
    public static string? FirstStr(JsonElement e, params string[] names)
    {
        foreach (var name in names)
        {
            var value = Str(e, name);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>All scalar values of a property that may be one value or an array of them.</summary>
    public static IReadOnlyList<string> Strs(JsonElement e, string name)
    {
        var v = Get(e, name);
        if (v.ValueKind == JsonValueKind.Array)
        {
            return [.. v.EnumerateArray().Select(Scalar).OfType<string>()];
        }

        return Scalar(v) is { } s ? [s] : [];
    }

    /// <summary>The objects of a property that may be one object or an array of them.</summary>
    public static IEnumerable<JsonElement> Objects(JsonElement e, string name)
    {
        var v = Get(e, name);
        if (v.ValueKind == JsonValueKind.Object)
        {
            yield return v;
        }
        else if (v.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in v.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object)
                {
                    yield return item;
                }
            }
        }
    }

    /// <summary>The @type values of a node (a string or an array).</summary>
    public static IReadOnlyList<string> Types(JsonElement e) => Strs(e, "@type");

    /// <summary>Whether the node's @type names <paramref name="type"/>, ignoring case and a "schema:" or URL prefix.</summary>
    public static bool HasType(JsonElement e, string type) =>
        Types(e).Any(t => t.Equals(type, StringComparison.OrdinalIgnoreCase)
            || t.EndsWith("/" + type, StringComparison.OrdinalIgnoreCase)
            || t.EndsWith(":" + type, StringComparison.OrdinalIgnoreCase));

    /// <summary>A parser error's first sentence, without the position suffix the caller states its own way.</summary>
    public static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        var sentence = message.IndexOf(". ", StringComparison.Ordinal);
        return (sentence > 0 ? message[..sentence] : message).TrimEnd('.');
    }

    private static string? Scalar(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Number => v.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => v.GetBoolean().ToString(CultureInfo.InvariantCulture),
        JsonValueKind.Array => v.EnumerateArray().Select(Scalar).FirstOrDefault(s => s is not null),
        _ => null,
    };
}
