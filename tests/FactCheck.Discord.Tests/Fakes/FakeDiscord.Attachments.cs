using System.Net;
using System.Text;
using FactCheck.Tests.Shared;

namespace FactCheck.Discord.Tests.Fakes;

/// <summary>Attachments as Discord's CDN serves them (GET of the attachment's URL, no token), and uploads with a message
/// (multipart/form-data: payload_json, recorded as the request's body, and files[n], kept as uploads).</summary>
internal sealed partial class FakeDiscord
{
    private readonly Dictionary<string, byte[]> attachments = [];
    private readonly List<(string Path, string FileName, byte[] Bytes)> uploads = [];
    private readonly List<(string Path, string? Authorization)> downloads = [];

    /// <summary>Serves <paramref name="bytes"/> at an attachment URL on 127.0.0.1 and returns that URL.</summary>
    public string AddAttachment(string fileName, byte[] bytes)
    {
        var path = $"/attachments/{Guid.NewGuid():N}/{fileName}";
        lock (attachments)
        {
            attachments[path] = bytes;
        }

        return $"http://127.0.0.1:{Port}{path}";
    }

    /// <summary>Attachment downloads served, with the Authorization header each carried (none should).</summary>
    public IReadOnlyList<(string Path, string? Authorization)> Downloads
    {
        get { lock (attachments) { return [.. downloads]; } }
    }

    /// <summary>Files uploaded with messages, with the path they were posted to.</summary>
    public IReadOnlyList<(string Path, string FileName, byte[] Bytes)> Uploads
    {
        get { lock (attachments) { return [.. uploads]; } }
    }

    private byte[]? Attachment(string path)
    {
        lock (attachments)
        {
            return path.StartsWith("/attachments/", StringComparison.Ordinal) ? attachments.GetValueOrDefault(path, []) : null;
        }
    }

    private async Task ServeAttachmentAsync(HttpListenerContext context, string path, byte[] file)
    {
        lock (attachments)
        {
            downloads.Add((path, context.Request.Headers["Authorization"]));
        }

        recorded.Raise();
        context.Response.StatusCode = file.Length > 0 ? 200 : 404;
        context.Response.ContentType = "application/octet-stream";
        context.Response.ContentLength64 = file.Length;
        await context.Response.OutputStream.WriteAsync(file);
        context.Response.Close();
    }

    /// <summary>The request's body as text: JSON as sent, or a multipart upload's payload_json (its files kept as uploads).</summary>
    private async Task<string> ReadBodyAsync(HttpListenerRequest request, string path)
    {
        using var buffer = new MemoryStream();
        await request.InputStream.CopyToAsync(buffer);
        var raw = buffer.ToArray();
        if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Encoding.UTF8.GetString(raw);
        }

        var payload = "{}";
        foreach (var part in MultipartBody.Read(raw, request.ContentType))
        {
            if (part.FileName is { } fileName)
            {
                lock (attachments)
                {
                    uploads.Add((path, fileName, part.Content));
                }
            }
            else if (part.Name == "payload_json")
            {
                payload = part.Text;
            }
        }

        return payload;
    }
}
