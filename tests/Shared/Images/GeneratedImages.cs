using SkiaSharp;

namespace FactCheck.Tests.Shared.Images;

/// <summary>Pictures drawn from a seed, so the tests need no image files: shapes on a gradient, and their altered copies.</summary>
internal static class GeneratedImages
{
    public static SKBitmap Scene(int seed, int width, int height)
    {
        var random = new Random(seed);
        var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using var canvas = new SKCanvas(bitmap);
        using (var background = new SKPaint())
        {
            background.Shader = SKShader.CreateLinearGradient(
                new SKPoint(0, 0), new SKPoint(width * (float)random.NextDouble(), height),
                [RandomColour(random), RandomColour(random)], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, width, height, background);
        }

        using var paint = new SKPaint { IsAntialias = true };
        for (var i = 0; i < 12; i++)
        {
            paint.Color = RandomColour(random);
            var x = (float)random.NextDouble() * width;
            var y = (float)random.NextDouble() * height;
            var size = (float)(0.05 + random.NextDouble() * 0.3) * Math.Min(width, height);
            if (random.Next(2) == 0)
            {
                canvas.DrawCircle(x, y, size / 2, paint);
            }
            else
            {
                canvas.DrawRect(x - size / 2, y - size / 3, size, size * 2 / 3, paint);
            }
        }

        return bitmap;
    }

    public static SKBitmap Scaled(SKBitmap source, double factor)
    {
        var info = new SKImageInfo((int)(source.Width * factor), (int)(source.Height * factor), SKColorType.Rgba8888, SKAlphaType.Unpremul);
        return source.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
    }

    /// <summary>Cuts <paramref name="fraction"/> of the width and height off, half from each side.</summary>
    public static SKBitmap Cropped(SKBitmap source, double fraction)
    {
        var dx = (int)(source.Width * fraction / 2);
        var dy = (int)(source.Height * fraction / 2);
        var bitmap = new SKBitmap(new SKImageInfo(source.Width - 2 * dx, source.Height - 2 * dy, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        source.ExtractSubset(bitmap, new SKRectI(dx, dy, source.Width - dx, source.Height - dy));
        return bitmap.Copy();
    }

    /// <summary>A white bar with dark "text" strokes under the picture, as a forwarding app or meme maker adds.</summary>
    public static SKBitmap WithCaptionBar(SKBitmap source, double barFraction)
    {
        var bar = (int)(source.Height * barFraction);
        var bitmap = new SKBitmap(new SKImageInfo(source.Width, source.Height + bar, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using (var image = SKImage.FromBitmap(source))
        {
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        }

        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var font = new SKFont(SKTypeface.Default, bar * 0.5f);
        canvas.DrawText("Diteruskan berkali-kali: SEBARKAN sebelum dihapus!", 12, source.Height + bar * 0.7f, SKTextAlign.Left, font, ink);

        return bitmap;
    }

    public static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    private static SKColor RandomColour(Random random) => new((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256));
}
