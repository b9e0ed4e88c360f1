using FactCheck.Core.Images;

namespace FactCheck.Core.Conversation;

/// <summary>An image a user sent (a Telegram photo or image document, a Discord attachment, the console's /image): how
/// to fetch its bytes, fetched only once the conversation decides to read it. Its caption is the message's text.</summary>
/// <param name="Download">Fetches the bytes, stopping (with <see cref="ImageRefusal.TooManyBytes"/>) once more than the
/// limit given arrived; never throws for a failed fetch (<see cref="ImageRefusal.Unavailable"/>).</param>
/// <param name="DeclaredBytes">The size the platform states before any download, when it states one: an image over
/// Images:MaxBytes is refused without fetching it.</param>
public sealed record IncomingImage(Func<long, CancellationToken, Task<ImageDownload>> Download, long? DeclaredBytes = null)
{
    /// <summary>Sends a short notice before the answer ("reading your image…", when the image must wait for OCR); the
    /// conversation decides when and words it, the adapter only sends it.</summary>
    public Func<string, CancellationToken, Task>? SendNotice { get; init; }
}
