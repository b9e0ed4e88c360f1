using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using FactCheck.Tests.Shared;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>Files as the Bot API serves them: getFile gives a file_path, the file comes from GET /file/bot{token}/{file_path};
/// and uploads (sendPhoto) come as multipart/form-data, whose fields are recorded like a JSON body's.</summary>
internal sealed partial class FakeBotApi
{
    private readonly Dictionary<string, byte[]> files = [];
    private readonly List<(long ChatId, byte[] Bytes, string Caption)> photos = [];
    private int downloads;

    /// <summary>Serves <paramref name="bytes"/> as the file <paramref name="fileId"/>.</summary>
    public void AddFile(string fileId, byte[] bytes)
    {
        lock (gate)
        {
            files[fileId] = bytes;
        }
    }

    /// <summary>The photos sent with sendPhoto, in order.</summary>
    public IReadOnlyList<(long ChatId, byte[] Bytes, string Caption)> Photos
    {
        get
        {
            lock (gate)
            {
                return [.. photos];
            }
        }
    }

    /// <summary>How many file downloads were served.</summary>
    public int Downloads => Volatile.Read(ref downloads);

    private JsonObject GetFile(JsonObject body)
    {
        var id = body["file_id"]?.GetValue<string>() ?? string.Empty;
        lock (gate)
        {
            return files.TryGetValue(id, out var bytes)
                ? new JsonObject { ["file_id"] = id, ["file_unique_id"] = "u-" + id, ["file_size"] = bytes.Length, ["file_path"] = "photos/" + id + ".bin" }
                : new JsonObject { ["file_id"] = id, ["file_unique_id"] = "u-" + id };
        }
    }

    /// <summary>The bytes of a file download request, or null when the request is not one (or names no file).</summary>
    private byte[]? FileDownload(HttpListenerRequest request)
    {
        var prefix = "/file/bot" + Token + "/photos/";
        var path = request.Url!.AbsolutePath;
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || !path.EndsWith(".bin", StringComparison.Ordinal))
        {
            return null;
        }

        var id = path[prefix.Length..^4];
        Interlocked.Increment(ref downloads);
        lock (gate)
        {
            return files.TryGetValue(id, out var bytes) ? bytes : [];
        }
    }

    /// <summary>A multipart/form-data body as a JSON object of its text fields; a file field is kept as a sent photo.</summary>
    private JsonObject ReadMultipart(byte[] raw, string contentType)
    {
        var fields = new JsonObject();
        byte[]? file = null;
        foreach (var part in MultipartBody.Read(raw, contentType))
        {
            if (part.FileName is not null)
            {
                file = part.Content;
                continue;
            }

            var value = part.Text;
            fields[part.Name] = long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : value;
        }

        if (file is not null && fields["chat_id"] is { } chat)
        {
            lock (gate)
            {
                photos.Add((chat.GetValue<long>(), file, fields["caption"]?.GetValue<string>() ?? string.Empty));
            }
        }

        return fields;
    }

    private (int, string) SendPhoto(JsonObject body) => Ok(new JsonObject
    {
        ["message_id"] = Interlocked.Increment(ref nextMessageId),
        ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["chat"] = new JsonObject { ["id"] = body["chat_id"]!.GetValue<long>(), ["type"] = "supergroup" },
        ["photo"] = new JsonArray(new JsonObject { ["file_id"] = "sent", ["file_unique_id"] = "sent", ["width"] = 1, ["height"] = 1 }),
    });
}
