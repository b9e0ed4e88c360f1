using System.Text.Json.Nodes;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>One request the fake Bot API received, the HTTP status it answered with (0: never answered), the id of a
/// message it created, and the instance that called (by the port it called, see FakeBotApi.BaseUrlFor).</summary>
internal sealed record ApiCall(string Method, JsonObject Body, int Status, DateTimeOffset At, int? MessageId = null, string? Instance = null)
{
    public bool Succeeded => Status == 200;

    public string Text => Body["text"]?.GetValue<string>() ?? string.Empty;

    public long ChatId => Body["chat_id"]?.GetValue<long>() ?? 0;

    public int? ReplyTo => Body["reply_parameters"]?["message_id"]?.GetValue<int>();

    /// <summary>The callback data of the inline buttons sent with the message.</summary>
    public IReadOnlyList<string> ButtonData =>
        Body["reply_markup"]?["inline_keyboard"] is JsonArray rows
            ? [.. rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>()).Select(b => b["callback_data"]?.GetValue<string>() ?? string.Empty)]
            : [];
}
