using SkiaSharp;

namespace FactCheck.Core.Images;

/// <summary>
/// Finds a caption bar (a band of one background colour with some text on it) added above or below a picture.
/// PDQ is geometric: a bar 8 % tall moves the hash 60–100 bits, so a copy is also hashed without its bars.
/// </summary>
public static class CaptionBars
{
    /// <summary>A row belongs to a bar when this share of its pixels is the bar's colour (text covers less).</summary>
    private const double BackgroundShare = 0.6;

    /// <summary>Bars smaller than this are noise or a border; larger ones are the picture itself.</summary>
    private const double MinBar = 0.02;

    private const double MaxBar = 0.3;

    private const double MaxGap = 0.04;

    private const int ColourTolerance = 48;

    /// <summary>
    /// The row ranges worth hashing besides the whole image: without a bottom bar, without a top bar, without both.
    /// Each is tried because a plain sky or wall at a picture's edge looks like a bar too.
    /// </summary>
    public static IReadOnlyList<SKRectI> Candidates(SKBitmap bitmap)
    {
        var top = BarHeight(bitmap, fromTop: true);
        var bottom = BarHeight(bitmap, fromTop: false);
        var candidates = new List<SKRectI>(3);
        if (bottom > 0)
        {
            candidates.Add(new SKRectI(0, 0, bitmap.Width, bitmap.Height - bottom));
        }

        if (top > 0)
        {
            candidates.Add(new SKRectI(0, top, bitmap.Width, bitmap.Height));
        }

        if (top > 0 && bottom > 0)
        {
            candidates.Add(new SKRectI(0, top, bitmap.Width, bitmap.Height - bottom));
        }

        return candidates;
    }

    private static int BarHeight(SKBitmap bitmap, bool fromTop)
    {
        var pixels = bitmap.GetPixelSpan();
        var edgeRow = fromTop ? 0 : bitmap.Height - 1;
        var colour = pixels.Slice(edgeRow * bitmap.RowBytes, 4).ToArray();
        // A line of text can fill a few rows more than the share allows: the bar goes on after a gap shorter than a line.
        var maxGap = Math.Max(2, (int)(bitmap.Height * MaxGap));
        var rows = 0;
        var gap = 0;
        for (var i = 0; i < bitmap.Height * MaxBar && gap <= maxGap; i++)
        {
            var y = fromTop ? i : bitmap.Height - 1 - i;
            if (ShareOf(pixels.Slice(y * bitmap.RowBytes, bitmap.Width * 4), colour) >= BackgroundShare)
            {
                rows = i + 1;
                gap = 0;
            }
            else
            {
                gap++;
            }
        }

        var share = (double)rows / bitmap.Height;
        return share >= MinBar && share < MaxBar ? rows : 0;
    }

    private static double ShareOf(ReadOnlySpan<byte> row, byte[] colour)
    {
        var near = 0;
        var width = row.Length / 4;
        for (var x = 0; x < width; x++)
        {
            var diff = Math.Abs(row[4 * x] - colour[0]) + Math.Abs(row[4 * x + 1] - colour[1]) + Math.Abs(row[4 * x + 2] - colour[2]);
            if (diff <= ColourTolerance)
            {
                near++;
            }
        }

        return (double)near / width;
    }
}
