using SkiaSharp;

namespace FactCheck.Core.Images;

/// <summary>
/// Turns an upright decoded image into what OCR reads best: grey, small text enlarged, then black text on white
/// (Otsu's threshold; a dark-mode screenshot is inverted so its text is black too).
/// </summary>
public static class OcrPreparation
{
    /// <summary>Tesseract wants text about 20–30 px tall; phone screenshots are sent shrunk, so a small image is enlarged to this width.</summary>
    private const int TargetShortSide = 1000;

    private const double MaxUpscale = 3;

    public static GreyImage Prepare(DecodedImage image, long maxPixels)
    {
        var grey = Grey(image.Bitmap);
        var shortSide = Math.Min(grey.Width, grey.Height);
        var factor = Math.Min(MaxUpscale, (double)TargetShortSide / shortSide);
        if (factor > 1.2 && (long)(grey.Width * factor) * (long)(grey.Height * factor) <= maxPixels)
        {
            grey = Upscale(grey, factor);
        }

        return Binarise(grey);
    }

    private static GreyImage Grey(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        var grey = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            var row = pixels.Slice(y * bitmap.RowBytes, bitmap.Width * 4);
            for (var x = 0; x < bitmap.Width; x++)
            {
                // Transparent pixels are shown over white by chat apps; blend them so.
                var alpha = row[4 * x + 3] / 255.0;
                var luma = 0.299 * row[4 * x] + 0.587 * row[4 * x + 1] + 0.114 * row[4 * x + 2];
                grey[y * bitmap.Width + x] = (byte)Math.Round(luma * alpha + 255 * (1 - alpha));
            }
        }

        return new GreyImage(grey, bitmap.Width, bitmap.Height);
    }

    private static GreyImage Upscale(GreyImage grey, double factor)
    {
        var width = (int)(grey.Width * factor);
        var height = (int)(grey.Height * factor);
        using var source = new SKBitmap(new SKImageInfo(grey.Width, grey.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        grey.Pixels.CopyTo(source.GetPixelSpan());
        using var scaled = source.Resize(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque), new SKSamplingOptions(SKCubicResampler.Mitchell));
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            scaled.GetPixelSpan().Slice(y * scaled.RowBytes, width).CopyTo(pixels.AsSpan(y * width, width));
        }

        return new GreyImage(pixels, width, height);
    }

    /// <summary>Black below Otsu's threshold, white above; inverted when most of the image is dark (dark mode).</summary>
    public static GreyImage Binarise(GreyImage grey)
    {
        var threshold = OtsuThreshold(grey.Pixels);
        var dark = grey.Pixels.Count(p => p <= threshold);
        var invert = dark > grey.Pixels.Length / 2;
        var output = new byte[grey.Pixels.Length];
        for (var i = 0; i < output.Length; i++)
        {
            var black = grey.Pixels[i] <= threshold;
            output[i] = black != invert ? (byte)0 : (byte)255;
        }

        return grey with { Pixels = output };
    }

    /// <summary>The grey level that best splits the histogram into two classes (maximum between-class variance).</summary>
    public static int OtsuThreshold(ReadOnlySpan<byte> pixels)
    {
        Span<long> histogram = stackalloc long[256];
        foreach (var p in pixels)
        {
            histogram[p]++;
        }

        double total = pixels.Length;
        double sumAll = 0;
        for (var i = 0; i < 256; i++)
        {
            sumAll += i * histogram[i];
        }

        double weightBelow = 0;
        double sumBelow = 0;
        var best = 0.0;
        var threshold = 127;
        for (var t = 0; t < 256; t++)
        {
            weightBelow += histogram[t];
            if (weightBelow == 0)
            {
                continue;
            }

            var weightAbove = total - weightBelow;
            if (weightAbove == 0)
            {
                break;
            }

            sumBelow += t * histogram[t];
            var meanBelow = sumBelow / weightBelow;
            var meanAbove = (sumAll - sumBelow) / weightAbove;
            var between = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (between > best)
            {
                best = between;
                threshold = t;
            }
        }

        return threshold;
    }
}
