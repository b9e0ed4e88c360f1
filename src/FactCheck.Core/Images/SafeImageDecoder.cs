using SkiaSharp;

namespace FactCheck.Core.Images;

/// <summary>
/// Decodes an image only after its byte size and the pixel size in its header are within <see cref="ImageOptions"/>,
/// so a small file that claims 30,000 × 30,000 pixels costs a header read, not gigabytes.
/// </summary>
public sealed class SafeImageDecoder(ImageOptions options)
{
    public ImageOptions Options { get; } = options;

    public ImageDecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return ImageDecodeResult.Refused(ImageRefusal.Empty);
        }

        if (bytes.Length > Options.MaxBytes)
        {
            return ImageDecodeResult.Refused(ImageRefusal.TooManyBytes);
        }

        using var stream = new SKMemoryStream(bytes.ToArray());
        using var codec = SKCodec.Create(stream, out var created);
        if (codec is null)
        {
            // Skia says "incomplete" for any few bytes it cannot place; only a known signature makes it a cut-off image.
            return ImageDecodeResult.Refused(created == SKCodecResult.IncompleteInput && HasImageSignature(bytes) ? ImageRefusal.Truncated : ImageRefusal.NotAnImage);
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width <= 0 || height <= 0 || width > Options.MaxSide || height > Options.MaxSide || (long)width * height > Options.MaxPixels)
        {
            return ImageDecodeResult.Refused(ImageRefusal.TooManyPixels, width, height);
        }

        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());

        // A cut-off file decodes partly (the rest left blank): refuse it rather than read or hash half a picture.
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            return ImageDecodeResult.Refused(result == SKCodecResult.IncompleteInput ? ImageRefusal.Truncated : ImageRefusal.NotAnImage, width, height);
        }

        var upright = Orient(bitmap, codec.EncodedOrigin);
        return new ImageDecodeResult(new DecodedImage(upright), ImageRefusal.None, upright.Width, upright.Height);
    }

    private static bool HasImageSignature(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G'])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8])
        || bytes.StartsWith("GIF8"u8)
        || bytes.StartsWith("BM"u8)
        || (bytes.StartsWith("RIFF"u8) && bytes.Length >= 12 && bytes[8..12].SequenceEqual("WEBP"u8));

    /// <summary>Phones store photos sideways with an EXIF orientation; OCR and the hash want them as the viewer sees them.</summary>
    private static SKBitmap Orient(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft or SKEncodedOrigin.Default)
        {
            return bitmap;
        }

        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var (w, h) = swap ? (bitmap.Height, bitmap.Width) : (bitmap.Width, bitmap.Height);
        var rotated = new SKBitmap(new SKImageInfo(w, h, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using (var canvas = new SKCanvas(rotated))
        {
            canvas.SetMatrix(OriginMatrix(origin, bitmap.Width, bitmap.Height));
            using var image = SKImage.FromBitmap(bitmap);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        }

        bitmap.Dispose();
        return rotated;
    }

    /// <summary>The transform that maps the stored pixels onto the displayed image, per EXIF orientation 2–8.</summary>
    private static SKMatrix OriginMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
