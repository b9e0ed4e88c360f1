using System.Text.Json.Nodes;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>One request the fake Bot API received, and the HTTP status it answered with.</summary>
internal sealed record ApiCall(string Method, JsonObject Body, int Status, DateTimeOffset At)
{
    public bool Succeeded => Status == 200;

    public string Text => Body["text"]?.GetValue<string>() ?? string.Empty;

    public long ChatId => Body["chat_id"]?.GetValue<long>() ?? 0;

    public int? ReplyTo => Body["reply_parameters"]?["message_id"]?.GetValue<int>();
}
