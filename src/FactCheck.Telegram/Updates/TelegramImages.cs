using FactCheck.Core.Conversation;
using FactCheck.Core.Images;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace FactCheck.Telegram.Updates;

/// <summary>A Telegram photo, or an image sent as a document, as the conversation's <see cref="IncomingImage"/>: the
/// file is fetched (getFile, then the Bot API's file download) only when the conversation reads it, and never beyond
/// the size limit the conversation gives.</summary>
internal sealed partial class TelegramImages(ITelegramBotClient bot, ILogger<TelegramImages> logger)
{
    /// <summary>True when the message carries a photo or an image document.</summary>
    public static bool HasImage(Message? message) =>
        message is not null && (message.Photo is { Length: > 0 } || IsImageDocument(message.Document));

    /// <summary>The message's image, or null when it has none. Of a photo's sizes, the largest within the conversation's
    /// size limit is fetched (Telegram states each size's bytes); the declared size is the smallest one's, so a photo
    /// whose every size is over the limit is refused without fetching anything.</summary>
    public IncomingImage? Of(Message? message)
    {
        if (message?.Photo is { Length: > 0 } sizes)
        {
            return new IncomingImage((max, ct) => DownloadAsync(Largest(sizes, max).FileId, max, ct), sizes.Min(s => s.FileSize));
        }

        return message?.Document is { } document && IsImageDocument(document)
            ? new IncomingImage((max, ct) => DownloadAsync(document.FileId, max, ct), document.FileSize)
            : null;
    }

    /// <summary>The file <paramref name="fileId"/> (a reference this adapter gave, <see cref="ImageDownload.Reference"/>)
    /// as an image to fetch again: file ids stay valid for the bot that received them.</summary>
    public IncomingImage ById(string fileId) => new((max, ct) => DownloadAsync(fileId, max, ct));

    private static PhotoSize Largest(PhotoSize[] sizes, long maxBytes) =>
        sizes.Where(s => s.FileSize is null || s.FileSize <= maxBytes).OrderByDescending(s => (long)s.Width * s.Height).FirstOrDefault()
        ?? sizes.OrderBy(s => s.FileSize ?? 0).First();

    private static bool IsImageDocument(Document? document) =>
        document?.MimeType is { } mime && mime.StartsWith("image/", StringComparison.OrdinalIgnoreCase);

    private async Task<ImageDownload> DownloadAsync(string fileId, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var file = await bot.GetFile(fileId, cancellationToken);
            if (file.FileSize > maxBytes)
            {
                return ImageDownload.Refused(ImageRefusal.TooManyBytes);
            }

            if (file.FilePath is not { Length: > 0 } path)
            {
                return ImageDownload.Refused(ImageRefusal.Unavailable);
            }

            using var capped = new CappedBuffer(maxBytes);
            await bot.DownloadFile(path, capped, cancellationToken);
            return ImageDownload.Of(capped.ToArray()) with { Reference = fileId };
        }
        catch (Exception e) when (e is CappedBuffer.FullException || e.InnerException is CappedBuffer.FullException)
        {
            return ImageDownload.Refused(ImageRefusal.TooManyBytes);
        }
        catch (RequestException e) when (!cancellationToken.IsCancellationRequested)
        {
            LogDownloadFailed(e);
            return ImageDownload.Refused(ImageRefusal.Unavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not fetch an image from Telegram")]
    private partial void LogDownloadFailed(Exception exception);
}
