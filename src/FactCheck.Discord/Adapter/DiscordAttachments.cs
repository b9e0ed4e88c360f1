using System.Text.Json;
using FactCheck.Core.Conversation;
using FactCheck.Core.Images;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Adapter;

/// <summary>A message's first image attachment (content_type image/*) as the conversation's <see cref="IncomingImage"/>:
/// its stated size is checked before anything is fetched, and the file comes from the attachment's URL (Discord's CDN,
/// which needs no token: none is sent), abandoned once more than the limit has arrived.</summary>
internal sealed partial class DiscordAttachments(HttpClient http, ILogger<DiscordAttachments> logger)
{
    /// <summary>The message's image, or null when it carries none (a forward's snapshot counts).</summary>
    public IncomingImage? Of(JsonElement message) =>
        ImageAttachment(message) is var (url, size) && url is not null ? new IncomingImage((max, ct) => DownloadAsync(url, max, ct), size) : null;

    /// <summary>True when the message carries an image attachment (a forward's snapshot counts).</summary>
    public static bool HasImage(JsonElement message) => ImageAttachment(message).Url is not null;

    private static (Uri? Url, long? Size) ImageAttachment(JsonElement message)
    {
        var snapshots = message.Array("message_snapshots").Select(s => s.Object("message")).OfType<JsonElement>();
        foreach (var attachment in new[] { message }.Concat(snapshots).SelectMany(m => m.Array("attachments")))
        {
            if (attachment.String("content_type") is { } type && type.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
                && Uri.TryCreate(attachment.String("url"), UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
            {
                var size = attachment.Get("size") is { ValueKind: JsonValueKind.Number } s && s.TryGetInt64(out var n) ? n : (long?)null;
                return (url, size);
            }
        }

        return (null, null);
    }

    /// <summary>The attachment at <paramref name="reference"/> (a URL this adapter fetched, <see cref="ImageDownload.Reference"/>)
    /// as an image to fetch again; null when it is not an http(s) URL.</summary>
    public IncomingImage? ByUrl(string reference) =>
        Uri.TryCreate(reference, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? new IncomingImage((max, ct) => DownloadAsync(url, max, ct))
            : null;

    private async Task<ImageDownload> DownloadAsync(Uri url, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogDownloadRefused((int)response.StatusCode);
                return ImageDownload.Refused(ImageRefusal.Unavailable);
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return ImageDownload.Refused(ImageRefusal.TooManyBytes);
            }

            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return ImageDownload.Refused(ImageRefusal.TooManyBytes);
                }

                buffer.Write(chunk, 0, read);
            }

            return ImageDownload.Of(buffer.ToArray()) with { Reference = url.AbsoluteUri };
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogDownloadFailed(e);
            return ImageDownload.Refused(ImageRefusal.Unavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An image attachment could not be fetched (HTTP {Status})")]
    private partial void LogDownloadRefused(int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An image attachment could not be fetched")]
    private partial void LogDownloadFailed(Exception exception);
}
