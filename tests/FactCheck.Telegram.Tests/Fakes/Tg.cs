using System.Text.Json.Nodes;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>Builds update JSON exactly as the Bot API sends it (snake_case, unix dates, entities in UTF-16 units).</summary>
internal static class Tg
{
    public const long GroupId = -1001234567890;
    private static int nextMessageId = 1;

    public static JsonObject User(long id, string language = "en", string name = "Ana") =>
        new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = name, ["language_code"] = language };

    public static JsonObject PrivateChat(long userId) => new() { ["id"] = userId, ["type"] = "private", ["first_name"] = "Ana" };

    public static JsonObject Group(long id = GroupId) => new() { ["id"] = id, ["type"] = "supergroup", ["title"] = "Family group" };

    /// <summary>A text message; a leading /command gets its bot_command entity, as Telegram marks it.</summary>
    public static JsonObject Message(JsonObject chat, JsonObject from, string text, JsonObject? replyTo = null)
    {
        var m = Base(chat, from);
        m["text"] = text;
        if (text.StartsWith('/'))
        {
            var length = text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? space : text.Length;
            m["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = length });
        }

        var mention = text.IndexOf("@" + FakeBotApi.BotUsername, StringComparison.Ordinal);
        if (mention >= 0 && !text.StartsWith('/'))
        {
            m["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["offset"] = mention, ["length"] = FakeBotApi.BotUsername.Length + 1 });
        }

        if (replyTo is not null)
        {
            m["reply_to_message"] = replyTo.DeepClone();
        }

        return m;
    }

    public static JsonObject Private(long userId, string text, string language = "en") =>
        Message(PrivateChat(userId), User(userId, language), text);

    /// <summary>A message the user forwarded from a channel.</summary>
    public static JsonObject Forwarded(long userId, string text)
    {
        var m = Private(userId, text);
        m["forward_origin"] = new JsonObject
        {
            ["type"] = "channel",
            ["date"] = 1_700_000_000,
            ["chat"] = new JsonObject { ["id"] = -1009876543210, ["type"] = "channel", ["title"] = "Viral news" },
            ["message_id"] = 77,
        };
        return m;
    }

    /// <summary>A photo with a caption (and a link in the caption's entities).</summary>
    public static JsonObject Photo(long userId, string caption, string? url = null)
    {
        var m = Base(PrivateChat(userId), User(userId));
        m["photo"] = new JsonArray(new JsonObject { ["file_id"] = "AgAD-photo", ["file_unique_id"] = "u1", ["width"] = 640, ["height"] = 480 });
        m["caption"] = url is null ? caption : caption + " " + url;
        if (url is not null)
        {
            m["caption_entities"] = new JsonArray(new JsonObject { ["type"] = "url", ["offset"] = caption.Length + 1, ["length"] = url.Length });
        }

        return m;
    }

    /// <summary>A photo as Telegram sends it: several sizes of one picture (the last the largest), each with its own
    /// file_id and file_size, and an optional caption; the fake serves the files added under those ids.</summary>
    public static JsonObject PhotoSizes(JsonObject chat, long userId, IReadOnlyList<(string FileId, int Width, int Height, long Bytes)> sizes, string? caption = null, string language = "en")
    {
        var m = Base(chat, User(userId, language));
        m["photo"] = new JsonArray([.. sizes.Select(s => (JsonNode)new JsonObject
        {
            ["file_id"] = s.FileId, ["file_unique_id"] = "u-" + s.FileId, ["width"] = s.Width, ["height"] = s.Height, ["file_size"] = s.Bytes,
        })]);
        if (caption is not null)
        {
            m["caption"] = caption;
        }

        return m;
    }

    /// <summary>A file sent as a document (an image sent "as a file", uncompressed).</summary>
    public static JsonObject Document(JsonObject chat, long userId, string fileId, string mimeType, long bytes, string? caption = null, string language = "en")
    {
        var m = Base(chat, User(userId, language));
        m["document"] = new JsonObject
        {
            ["file_id"] = fileId, ["file_unique_id"] = "u-" + fileId, ["file_name"] = "screenshot", ["mime_type"] = mimeType, ["file_size"] = bytes,
        };
        if (caption is not null)
        {
            m["caption"] = caption;
        }

        return m;
    }

    public static JsonObject InlineQuery(long userId, string query) => new()
    {
        ["inline_query"] = new JsonObject { ["id"] = "iq-" + userId, ["from"] = User(userId), ["query"] = query, ["offset"] = string.Empty },
    };

    /// <summary>A press of an inline button under <paramref name="answer"/> (one of our sendMessage calls), which replied to
    /// <paramref name="original"/>: Telegram includes our message, and the message it replies to, in the callback query.</summary>
    public static JsonObject Press(long userId, ApiCall answer, JsonObject? original, string data = "tip:submit", string language = "en")
    {
        var chatId = answer.ChatId;
        var message = Ours(answer);
        if (original is not null)
        {
            message["reply_to_message"] = original.DeepClone();
        }

        return new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = "cq-" + Interlocked.Increment(ref nextMessageId),
                ["from"] = User(userId, language),
                ["message"] = message,
                ["chat_instance"] = "ci-" + chatId,
                ["data"] = data,
            },
        };
    }

    /// <summary>One of our sendMessage calls as the message Telegram shows in a reply to it (without its own reply).</summary>
    public static JsonObject Ours(ApiCall answer) => new()
    {
        ["message_id"] = answer.MessageId ?? throw new ArgumentException("Not a sent message.", nameof(answer)),
        ["date"] = 1_700_000_100,
        ["chat"] = answer.ChatId < 0 ? Group(answer.ChatId) : PrivateChat(answer.ChatId),
        ["from"] = new JsonObject { ["id"] = FakeBotApi.BotId, ["is_bot"] = true, ["first_name"] = "FactCheck", ["username"] = FakeBotApi.BotUsername },
        ["text"] = "(rendered)",
    };

    public static int IdOf(JsonObject message) => message["message_id"]!.GetValue<int>();

    private static JsonObject Base(JsonObject chat, JsonObject from) => new()
    {
        ["message_id"] = Interlocked.Increment(ref nextMessageId),
        ["date"] = 1_700_000_000,
        ["chat"] = chat,
        ["from"] = from,
    };
}
