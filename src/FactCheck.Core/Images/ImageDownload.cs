namespace FactCheck.Core.Images;

/// <summary>An image's bytes as an adapter fetched them, or why it could not (too large while streaming, failed).</summary>
public sealed record ImageDownload(byte[]? Bytes, ImageRefusal Refusal = ImageRefusal.None)
{
    /// <summary>The platform's reference to the very file fetched (a Telegram file id, a Discord attachment URL, the
    /// console's path), from which the adapter can fetch it again (<see cref="Conversation.IImageReferences"/>): an image
    /// offered to the reviewers is kept as this reference, not as bytes, until it is submitted.</summary>
    public string? Reference { get; init; }

    public static ImageDownload Of(byte[] bytes) => new(bytes);

    public static ImageDownload Refused(ImageRefusal refusal) => new(null, refusal);
}
