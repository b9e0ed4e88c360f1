using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Images;
using FactCheck.Tests.Shared.Images;
using SkiaSharp;

namespace FactCheck.Benchmarks;

/// <summary>
/// `images [--runs N] [--data DIR] [--cer N] [--hashes N]`: PDQ hash time and OCR time (p50, p99) for a 1080 × 1920 phone
/// screenshot of the seed paragraph, drawn with DejaVu Sans; one OCR at a time, then as many at once as there are
/// cores; the character error rate over N screenshots of benchmark claims (DIR, default ../shared/bench; skipped when
/// absent); the fingerprint lookup's scan over N kept hashes; and a photo answered end to end through the fake Telegram.
/// </summary>
internal static class ImageRun
{
    private const string Paragraph =
        "Kabar mengejutkan terkait pemimpin Korea Utara Kim Jong Un dikabarkan mempermalukan Vladimir Putin yang meminta "
        + "bantuannya saat invasi Rusia ke Ukraina berlangsung. \"Anda terlalu gila bagi kami,\" kata Kim Jong Un menurut "
        + "satu sumber sebagaimana dilansir Express UK, Selasa 15 Maret 2022.";

    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> named, CancellationToken cancellationToken)
    {
        var runs = named.TryGetValue("runs", out var r) ? int.Parse(r, CultureInfo.InvariantCulture) : 20;
        if (!Screenshots.FontInstalled)
        {
            await Console.Error.WriteLineAsync($"{Screenshots.FontPath} is missing (apt-get install fonts-dejavu-core).");
            return 1;
        }

        var png = Screenshots.Render(Paragraph, 1080, 1920, dark: false, SKEncodedImageFormat.Png);
        var options = new ImageOptions();
        using var decoded = new SafeImageDecoder(options).Decode(png).Image!;

        var hashTimes = Measure(runs * 5, () => decoded.Pdq());
        Console.WriteLine($"PDQ hash, 1080x1920: p50 {P(hashTimes, 50):0.0} ms, p99 {P(hashTimes, 99):0.0} ms ({hashTimes.Count} runs)");
        var variantTimes = Measure(runs * 5, () => decoded.PdqVariants());
        Console.WriteLine($"PDQ with caption-bar variants: p50 {P(variantTimes, 50):0.0} ms, p99 {P(variantTimes, 99):0.0} ms");
        var decodeTimes = Measure(runs, () => { using var d = new SafeImageDecoder(options).Decode(png).Image; });
        Console.WriteLine($"decode PNG ({png.Length / 1024} KB): p50 {P(decodeTimes, 50):0.0} ms");

        using var ocr = new TesseractOcr(options);
        if (ocr.Problem is { } problem)
        {
            await Console.Error.WriteLineAsync(problem);
            return 1;
        }

        var reader = new ImageReader(options, ocr);
        _ = await reader.ReadAsync(png, cancellationToken); // warm-up: the first engine loads its language data
        var ocrTimes = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            _ = await reader.ReadAsync(png, cancellationToken);
            ocrTimes.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"read (decode + PDQ + prepare + OCR), one at a time: p50 {P(ocrTimes, 50):0} ms, p99 {P(ocrTimes, 99):0} ms ({runs} runs)");

        var cores = Environment.ProcessorCount;
        var batch = Stopwatch.StartNew();
        var all = await Task.WhenAll(Enumerable.Range(0, runs).Select(async _ =>
        {
            var clock = Stopwatch.StartNew();
            await reader.ReadAsync(png, cancellationToken);
            return clock.Elapsed.TotalMilliseconds;
        }));
        Console.WriteLine($"{runs} images at once on {cores} cores: {batch.Elapsed.TotalSeconds:0.0} s in all, answer time p50 {P([.. all], 50):0} ms, p99 {P([.. all], 99):0} ms");

        // --only cer|scan|photo runs one of the three below after the timings above.
        var only = named.GetValueOrDefault("only");
        var data = named.TryGetValue("data", out var d) ? d : Path.Combine("..", "shared", "bench");
        if (only is null or "cer")
        {
            await OcrAccuracyRun.RunAsync(reader, data, named.TryGetValue("cer", out var c) ? int.Parse(c, CultureInfo.InvariantCulture) : 100, cancellationToken);
        }

        if (only is null or "scan")
        {
            await FingerprintScanRun.RunAsync(named.TryGetValue("hashes", out var h) ? int.Parse(h, CultureInfo.InvariantCulture) : 100_000, runs, cancellationToken);
        }

        if (only is null or "photo")
        {
            await PhotoAnswerRun.RunAsync(Paragraph, Path.GetFullPath(named.TryGetValue("seeds", out var seeds) ? seeds : "seeds"), runs, cancellationToken);
        }

        return 0;
    }

    private static List<double> Measure(int runs, Action action)
    {
        action();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    private static double P(List<double> times, int percentile)
    {
        var sorted = times.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }
}
