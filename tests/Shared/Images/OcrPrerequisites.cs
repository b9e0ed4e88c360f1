using FactCheck.Core.Images;

namespace FactCheck.Tests.Shared.Images;

/// <summary>Skips a test that reads text from images when Tesseract, its data or the DejaVu font is missing (CI installs them).</summary>
internal static class OcrPrerequisites
{
    public static void SkipWithoutOcr()
    {
        Skip.IfNot(Screenshots.FontInstalled, $"{Screenshots.FontPath} is missing (apt-get install fonts-dejavu-core)");
        using var ocr = new TesseractOcr(new ImageOptions());
        Skip.If(ocr.Problem is not null, ocr.Problem + " (apt-get install tesseract-ocr tesseract-ocr-ind libtesseract5)");
    }

    /// <summary>The seed article's Indonesian paragraph of Kim Jong Un's quoted words.</summary>
    public static string SeedParagraph() =>
        string.Join(' ', File.ReadLines(Path.Combine(RepoPaths.Root, "seeds", "000_d1b17a01c544b071.txt")).Take(2));
}
