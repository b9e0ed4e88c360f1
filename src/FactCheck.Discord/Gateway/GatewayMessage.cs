using System.Text.Json;

namespace FactCheck.Discord.Gateway;

/// <summary>A parsed gateway payload: opcode, data (cloned, so it outlives the parse), sequence and event name.</summary>
internal sealed record GatewayMessage(int Op, JsonElement Data, long? Sequence, string? Type)
{
    /// <summary>Parses a payload; null when it is not the JSON object Discord sends (logged and skipped by the caller).</summary>
    public static GatewayMessage? TryParse(byte[] payload)
    {
        try
        {
            using var doc = JsonDocument.Parse(payload);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("op", out var op) || op.ValueKind != JsonValueKind.Number || !op.TryGetInt32(out var opcode))
            {
                return null;
            }

            var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
            long? seq = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt64(out var n) ? n : null;
            var type = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            return new GatewayMessage(opcode, data, seq, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
