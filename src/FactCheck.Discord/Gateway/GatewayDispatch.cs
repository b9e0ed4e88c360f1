using System.Text.Json;

namespace FactCheck.Discord.Gateway;

/// <summary>One dispatch (op 0) event: its name, its data and its sequence number.</summary>
public sealed record GatewayDispatch(string Type, JsonElement Data, long? Sequence);
