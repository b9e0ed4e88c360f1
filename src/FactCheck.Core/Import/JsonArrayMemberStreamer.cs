using System.Text.Json;

namespace FactCheck.Core.Import;

/// <summary>Hands out, one at a time, the elements of the top-level object's record arrays (`@graph`,
/// `dataFeedElement`, `itemListElement`, `claims`) from UTF-8 JSON given in consecutive chunks, so that a JSON-LD
/// document of any size is read with one element in memory.</summary>
/// <remarks>Each chunk is read with <see cref="Utf8JsonReader"/> as far as whole elements go; the caller keeps the
/// unread rest and appends the next bytes to it. Everything outside those arrays is skipped token by token.</remarks>
internal sealed class JsonArrayMemberStreamer
{
    private static readonly string[] RecordArrays = ["@graph", "dataFeedElement", "itemListElement", "claims"];

    private JsonReaderState state = new(new JsonReaderOptions
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 128,
    });

    private string? property;
    private string? array;

    /// <summary>The record array being read, or the last one read ("claims" is a Fact Check Tools response).</summary>
    public string? ArrayName { get; private set; }

    /// <summary>Reads whole elements out of <paramref name="data"/>; returns the bytes consumed (the rest must be given again
    /// with more after it). Throws <see cref="JsonException"/> for broken JSON.</summary>
    public int Read(ReadOnlySpan<byte> data, bool final, Action<JsonElement> element)
    {
        var reader = new Utf8JsonReader(data, final, state);
        while (true)
        {
            var before = reader;
            if (!reader.Read())
            {
                break;
            }

            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                property = reader.GetString();
            }
            else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.StartArray && RecordArrays.Contains(property, StringComparer.Ordinal))
            {
                array = property;
                ArrayName = property;
            }
            else if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.EndArray)
            {
                array = null;
            }
            else if (array is not null && reader.CurrentDepth == 2 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var probe = reader;
                if (!probe.TrySkip())
                {
                    // The element ends in a later chunk: give back everything from its start.
                    reader = before;
                    break;
                }

                using var document = JsonDocument.ParseValue(ref reader);
                element(document.RootElement);
            }
        }

        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }
}
