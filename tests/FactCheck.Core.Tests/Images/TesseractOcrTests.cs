using FactCheck.Core.Images;
using FactCheck.Tests.Shared;
using FactCheck.Tests.Shared.Images;
using SkiaSharp;

namespace FactCheck.Core.Tests.Images;

public sealed class TesseractOcrTests
{
    /// <summary>The seed article's first paragraph: Kim Jong Un's quoted words to Putin.</summary>
    public static string KimJongUnParagraph() =>
        string.Join(' ', File.ReadLines(Path.Combine(RepoPaths.Root, "seeds", "000_d1b17a01c544b071.txt")).Take(2));

    private static ImageReader Reader(ImageOptions options, out TesseractOcr ocr)
    {
        ocr = new TesseractOcr(options);
        return new ImageReader(options, ocr);
    }

    [SkippableTheory]
    [InlineData(false, SKEncodedImageFormat.Png)]
    [InlineData(true, SKEncodedImageFormat.Png)]
    [InlineData(false, SKEncodedImageFormat.Jpeg)]
    public async Task A_screenshot_of_the_seed_paragraph_is_read_back(bool dark, SKEncodedImageFormat format)
    {
        Skip.IfNot(Screenshots.FontInstalled, $"{Screenshots.FontPath} is missing (apt-get install fonts-dejavu-core)");
        var reader = Reader(new ImageOptions(), out var ocr);
        using (ocr)
        {
            Skip.If(ocr.Problem is not null, ocr.Problem);
            var screenshot = Screenshots.Render(KimJongUnParagraph(), 720, 1280, dark, format, 80);

            var reading = await reader.ReadAsync(screenshot, CancellationToken.None);

            Assert.Equal(OcrStatus.Read, reading.Ocr);
            Assert.Null(reading.Notice);
            var words = string.Join(' ', reading.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains("Kim Jong Un", words, StringComparison.Ordinal);
            Assert.Contains("Anda terlalu gila bagi kami", words, StringComparison.Ordinal);
            Assert.Contains("Express UK", words, StringComparison.Ordinal);
            Assert.NotEmpty(reading.Fingerprints);
        }
    }

    /// <summary>A tall screenshot holding the paragraph 25 times takes several seconds to read on any machine; the 1 s
    /// deadline (through Tesseract's monitor) stops it and the partial text is discarded.</summary>
    [SkippableFact]
    public async Task Reading_longer_than_the_timeout_is_given_up_with_a_sentence()
    {
        Skip.IfNot(Screenshots.FontInstalled, $"{Screenshots.FontPath} is missing (apt-get install fonts-dejavu-core)");
        var reader = Reader(new ImageOptions { OcrTimeoutSeconds = 1 }, out var ocr);
        using (ocr)
        {
            Skip.If(ocr.Problem is not null, ocr.Problem);
            var text = string.Join(' ', Enumerable.Repeat(KimJongUnParagraph(), 25));
            var screenshot = Screenshots.Render(text, 720, 6000, dark: false);

            var reading = await reader.ReadAsync(screenshot, CancellationToken.None);

            Assert.Equal(OcrStatus.TimedOut, reading.Ocr);
            Assert.Equal(string.Empty, reading.Text);
            Assert.Equal("Reading the image took too long; please send the text instead.", reading.Notice);
        }
    }

    [Fact]
    public async Task Without_tesseract_data_an_image_gets_a_clear_sentence_not_an_exception()
    {
        var reader = Reader(new ImageOptions { TessdataPath = "/nonexistent/tessdata" }, out var ocr);
        using (ocr)
        {
            using var picture = GeneratedImages.Scene(seed: 1, 200, 150);

            var reading = await reader.ReadAsync(GeneratedImages.Encode(picture, SKEncodedImageFormat.Png, 100), CancellationToken.None);

            Assert.Equal(OcrStatus.Unavailable, reading.Ocr);
            Assert.Contains("/nonexistent/tessdata", ocr.Problem, StringComparison.Ordinal);
            Assert.Equal("I cannot read text from images here (OCR is not installed); please send the text instead.", reading.Notice);
            Assert.NotEmpty(reading.Fingerprints);
        }
    }

    [Fact]
    public async Task A_refused_image_is_never_given_to_ocr()
    {
        var reader = Reader(new ImageOptions(), out var ocr);
        using (ocr)
        {
            var reading = await reader.ReadAsync(PngBomb.Create(30_000, 30_000, rows: 8), CancellationToken.None);

            Assert.Equal(ImageRefusal.TooManyPixels, reading.Refusal);
            Assert.Null(reading.Ocr);
            Assert.Empty(reading.Fingerprints);
            Assert.StartsWith("The image has too many pixels", reading.Notice, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Otsu_splits_two_grey_levels_between_them()
    {
        byte[] pixels = [.. Enumerable.Repeat((byte)40, 500), .. Enumerable.Repeat((byte)200, 1500)];

        var threshold = OcrPreparation.OtsuThreshold(pixels);

        Assert.InRange(threshold, 40, 199);
    }

    [Fact]
    public void A_dark_mode_image_is_binarised_to_black_text_on_white()
    {
        byte[] pixels = [.. Enumerable.Repeat((byte)20, 900), .. Enumerable.Repeat((byte)230, 100)];

        var binary = OcrPreparation.Binarise(new GreyImage(pixels, 100, 10));

        Assert.Equal(255, binary.Pixels[0]);
        Assert.Equal(0, binary.Pixels[^1]);
    }

    [Fact]
    public void Missing_language_data_is_found_at_start_without_loading_any()
    {
        using var ocr = new TesseractOcr(new ImageOptions { TessdataPath = "/nonexistent/tessdata" });

        var problem = ocr.InstallationProblem();

        Assert.NotNull(problem);
        Assert.True(
            problem.StartsWith("libtesseract5 is not installed", StringComparison.Ordinal)
            || problem == "Tesseract language data (ind, eng) is not in /nonexistent/tessdata (Images:TessdataPath).",
            problem);
    }

    [SkippableFact]
    public void An_installed_ocr_is_seen_as_installed_at_start()
    {
        using var ocr = new TesseractOcr(new ImageOptions());
        Skip.If(ocr.Problem is not null, ocr.Problem);

        Assert.Null(ocr.InstallationProblem());
    }
}
