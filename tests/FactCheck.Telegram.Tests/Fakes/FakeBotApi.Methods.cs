using System.Net;
using System.Text.Json.Nodes;
using FactCheck.Tests.Shared;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>The Bot API methods the adapter uses, answered as Telegram answers them.</summary>
internal sealed partial class FakeBotApi
{
    private async Task<(int Status, string Body)> AnswerAsync(HttpListenerRequest request)
    {
        var path = request.Url!.AbsolutePath;
        var prefix = "/bot" + Token + "/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return (401, """{"ok":false,"error_code":401,"description":"Unauthorized"}""");
        }

        var instance = InstanceOf(request);
        var method = path[prefix.Length..];
        using var buffer = new MemoryStream();
        await request.InputStream.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        JsonObject body;
        if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true)
        {
            body = ReadMultipart(bytes, request.ContentType);
        }
        else
        {
            var raw = System.Text.Encoding.UTF8.GetString(bytes);
            body = raw.Length == 0 ? [] : JsonNode.Parse(raw) as JsonObject ?? [];
        }

        var sending = method == "sendMessage" && body["chat_id"] is not null;
        try
        {
            if (sending && !await EnterSendAsync(body["chat_id"]!.GetValue<long>(), instance))
            {
                // Dropped while held (its instance was killed): never answered, so never delivered.
                return Record(method, body, (Unanswered, string.Empty), instance);
            }

            return Record(method, body, await ScriptedOrRealAsync(method, body), instance);
        }
        finally
        {
            if (sending)
            {
                LeaveSend(instance);
            }
        }
    }

    private async Task<(int Status, string Body)> ScriptedOrRealAsync(string method, JsonObject body)
    {
        (int Status, string Body) answer;
        lock (gate)
        {
            answer = scripted.TryGetValue(method, out var queue) && queue.Count > 0 ? queue.Dequeue() : (0, string.Empty);
        }

        if (answer.Status == 0)
        {
            answer = method switch
            {
                "getUpdates" => Ok(await GetUpdatesAsync(body)),
                "getMe" => Ok(new JsonObject
                {
                    ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "FactCheck", ["username"] = BotUsername,
                    ["can_join_groups"] = true, ["can_read_all_group_messages"] = false, ["supports_inline_queries"] = true,
                }),
                "sendMessage" => SendMessage(body),
                "sendPhoto" => SendPhoto(body),
                "getFile" => Ok(GetFile(body)),
                "getChatMember" => Ok(ChatMember(body)),
                "setMyCommands" or "deleteWebhook" or "setWebhook" or "answerInlineQuery" or "answerCallbackQuery" or "editMessageReplyMarkup" => Ok(true),
                _ => (404, """{"ok":false,"error_code":404,"description":"Not Found"}"""),
            };
        }

        return answer;
    }

    private (int Status, string Body) Record(string method, JsonObject body, (int Status, string Body) answer, string? instance)
    {
        var created = answer.Status == 200 && method == "sendMessage" ? JsonNode.Parse(answer.Body)?["result"]?["message_id"]?.GetValue<int>() : null;
        lock (gate)
        {
            calls.Add(new ApiCall(method, body, answer.Status, DateTimeOffset.UtcNow, created, instance));
        }

        Changed();
        return answer;
    }

    private async Task<JsonArray> GetUpdatesAsync(JsonObject body)
    {
        var offset = body["offset"]?.GetValue<int>() ?? 0;
        var limit = body["limit"]?.GetValue<int>() ?? 100;

        // Long polling, capped at a second so tests and shutdowns stay quick.
        var wait = Math.Min(body["timeout"]?.GetValue<int>() ?? 0, 1);
        var deadline = DateTime.UtcNow.AddSeconds(wait);
        while (true)
        {
            var next = changed.Next;
            lock (gate)
            {
                if (!Redeliver)
                {
                    // Asking with a higher offset confirms everything below it, as on Telegram.
                    updates.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset);
                }

                var ready = updates.Where(u => Redeliver || u["update_id"]!.GetValue<int>() >= offset).Take(limit).ToList();
                if (ready.Count > 0 || DateTime.UtcNow >= deadline)
                {
                    return [.. ready.Select(u => u.DeepClone())];
                }
            }

            // Long polling: until an update is queued or the poll's time is up.
            await ChangeSignal.BeforeAsync(next, deadline);
        }
    }

    private (int, string) SendMessage(JsonObject body)
    {
        var chatId = body["chat_id"]!.GetValue<long>();
        if (BlockedChats.Contains(chatId))
        {
            return (403, """{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the user"}""");
        }

        lock (gate)
        {
            if (chatErrors.TryGetValue(chatId, out var failure))
            {
                return failure;
            }
        }

        var text = body["text"]!.GetValue<string>();
        if (text.Length > 4096)
        {
            return (400, """{"ok":false,"error_code":400,"description":"Bad Request: message is too long"}""");
        }

        return Ok(new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref nextMessageId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
            ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "FactCheck", ["username"] = BotUsername },
            ["text"] = "(rendered)",
        });
    }

    private JsonObject ChatMember(JsonObject body)
    {
        var userId = body["user_id"]!.GetValue<long>();
        var user = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "U" };
        return Admins.Contains(userId)
            ? new JsonObject { ["status"] = "creator", ["user"] = user, ["is_anonymous"] = false }
            : new JsonObject { ["status"] = "member", ["user"] = user };
    }

    private static (int, string) Ok(JsonNode result) =>
        (200, new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
}
