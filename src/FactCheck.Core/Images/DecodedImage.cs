using SkiaSharp;

namespace FactCheck.Core.Images;

/// <summary>An image decoded within the limits, upright (EXIF orientation applied), as 8-bit RGBA. Owns its pixels.</summary>
public sealed class DecodedImage(SKBitmap bitmap) : IDisposable
{
    public SKBitmap Bitmap { get; } = bitmap;

    public int Width => Bitmap.Width;

    public int Height => Bitmap.Height;

    public PdqResult Pdq() => PdqHasher.HashRgba(Bitmap.GetPixelSpan(), Width, Height, Bitmap.RowBytes);

    /// <summary>The whole image's hash, then (when it seems to have caption bars) the hashes of the picture without them.</summary>
    public IReadOnlyList<PdqResult> PdqVariants()
    {
        var variants = new List<PdqResult> { Pdq() };
        foreach (var rows in CaptionBars.Candidates(Bitmap))
        {
            var offset = rows.Top * Bitmap.RowBytes;
            variants.Add(PdqHasher.HashRgba(Bitmap.GetPixelSpan()[offset..], Width, rows.Height, Bitmap.RowBytes));
        }

        return variants;
    }

    /// <summary>True when any variant of this image is within <paramref name="maxDistance"/> bits of <paramref name="published"/>.</summary>
    public bool Matches(PdqHash published, int maxDistance) => PdqVariants().Any(v => v.Hash.Matches(published, maxDistance));

    public void Dispose() => Bitmap.Dispose();
}
