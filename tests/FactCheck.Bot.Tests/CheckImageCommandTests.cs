using FactCheck.Bot.Tests.Cli;
using FactCheck.Core.Images;
using FactCheck.Core.Replies;
using FactCheck.Tests.Shared;
using FactCheck.Tests.Shared.Images;

namespace FactCheck.Bot.Tests;

public sealed class CheckImageCommandTests : IDisposable
{
    private readonly TestStore store = new();
    private readonly string folder = Directory.CreateTempSubdirectory("factcheck-image-").FullName;

    private static string SeedParagraph() =>
        string.Join(' ', File.ReadLines(Path.Combine(RepoPaths.Root, "seeds", "000_d1b17a01c544b071.txt")).Take(2));

    private static void SkipWithoutOcr()
    {
        Skip.IfNot(Screenshots.FontInstalled, $"{Screenshots.FontPath} is missing (apt-get install fonts-dejavu-core)");
        using var ocr = new TesseractOcr(new ImageOptions());
        Skip.If(ocr.Problem is not null, ocr.Problem);
    }

    private string Save(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [SkippableFact]
    public async Task A_screenshot_of_the_seed_paragraph_gets_the_seed_claims_verdict_and_says_what_was_read()
    {
        SkipWithoutOcr();
        var path = Save("kim.png", Screenshots.Render(SeedParagraph(), 720, 1280, dark: false));

        var run = await CliRun.RunAsync(store, ["check", "--image", path]);

        Assert.Equal(0, run.Code);
        Assert.Contains("Text read from the image kim.png:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Anda terlalu gila bagi kami", run.Output, StringComparison.Ordinal);
        Assert.Contains("Unverified", run.Output, StringComparison.Ordinal);
        Assert.Contains("Express UK", run.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_screenshot_of_unrelated_text_gets_no_fact_check()
    {
        SkipWithoutOcr();
        const string unrelated = "Besok pagi arisan keluarga di rumah Tante Rina jam sembilan, jangan lupa bawa kue dan piring sendiri ya.";
        var path = Save("arisan.png", Screenshots.Render(unrelated, 720, 1280, dark: true));

        var run = await CliRun.RunAsync(store, ["check", "--lang", "en", "--image", path]);

        Assert.Equal(0, run.Code);
        Assert.Contains("arisan", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(UiText.English.NoMatch, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_huge_png_is_refused_with_a_sentence_and_nothing_is_checked()
    {
        var path = Save("bomb.png", PngBomb.Create(30_000, 30_000, rows: 8));

        var run = await CliRun.RunAsync(store, ["check", "--image", path]);

        Assert.Equal(0, run.Code);
        Assert.StartsWith("The image has too many pixels", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_image_file_is_a_usage_error()
    {
        var run = await CliRun.RunAsync(store, ["check", "--image", Path.Combine(folder, "nope.png")]);

        Assert.Equal(2, run.Code);
        Assert.Equal(string.Empty, run.Output);
    }

    public void Dispose()
    {
        store.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
