namespace FactCheck.Core.Images;

/// <summary>An image's bytes as an adapter fetched them, or why it could not (too large while streaming, failed).</summary>
public sealed record ImageDownload(byte[]? Bytes, ImageRefusal Refusal = ImageRefusal.None)
{
    public static ImageDownload Of(byte[] bytes) => new(bytes);

    public static ImageDownload Refused(ImageRefusal refusal) => new(null, refusal);
}
