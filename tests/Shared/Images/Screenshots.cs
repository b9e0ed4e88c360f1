using SkiaSharp;

namespace FactCheck.Tests.Shared.Images;

/// <summary>
/// Draws text as a phone screenshot of a chat (status bar, a message bubble, wrapped lines) with Debian's DejaVu
/// Sans, so OCR tests need no image files. Null when the font is not installed (package fonts-dejavu-core).
/// </summary>
internal static class Screenshots
{
    public const string FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    public static bool FontInstalled => File.Exists(FontPath);

    public static byte[] Render(string text, int width, int height, bool dark, SKEncodedImageFormat format = SKEncodedImageFormat.Png, int quality = 90)
    {
        using var typeface = SKTypeface.FromFile(FontPath) ?? throw new InvalidOperationException($"{FontPath} is not a font");
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        var background = dark ? new SKColor(0x12, 0x1B, 0x22) : new SKColor(0xEC, 0xE5, 0xDD);
        var bubble = dark ? new SKColor(0x1F, 0x2C, 0x34) : SKColors.White;
        var ink = dark ? new SKColor(0xE9, 0xED, 0xEF) : new SKColor(0x11, 0x1B, 0x21);
        canvas.Clear(background);

        using var paint = new SKPaint { IsAntialias = true };
        var scale = width / 720f;
        using var small = new SKFont(typeface, 24 * scale);
        using var body = new SKFont(typeface, 30 * scale);

        // Status bar and chat header, as on a phone.
        paint.Color = dark ? new SKColor(0x20, 0x2C, 0x33) : new SKColor(0x07, 0x5E, 0x54);
        canvas.DrawRect(0, 0, width, 150 * scale, paint);
        paint.Color = SKColors.White;
        canvas.DrawText("12:30", 24 * scale, 36 * scale, SKTextAlign.Left, small, paint);
        canvas.DrawText("Grup Keluarga", 110 * scale, 110 * scale, SKTextAlign.Left, body, paint);

        var margin = 40 * scale;
        var lines = Wrap(text, body, width - 4 * margin);
        var lineHeight = body.Spacing * 1.15f;
        var top = 210 * scale;
        paint.Color = bubble;
        canvas.DrawRoundRect(margin, top, width - 2 * margin, lines.Count * lineHeight + 2 * margin, 18 * scale, 18 * scale, paint);
        paint.Color = ink;
        for (var i = 0; i < lines.Count; i++)
        {
            canvas.DrawText(lines[i], 2 * margin, top + margin + (i + 0.8f) * lineHeight, SKTextAlign.Left, body, paint);
        }

        paint.Color = dark ? new SKColor(0x86, 0x96, 0xA0) : new SKColor(0x66, 0x77, 0x81);
        canvas.DrawText("Diteruskan · 12:29", width - 2 * margin, top + lines.Count * lineHeight + 1.7f * margin, SKTextAlign.Right, small, paint);

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    private static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }
}
