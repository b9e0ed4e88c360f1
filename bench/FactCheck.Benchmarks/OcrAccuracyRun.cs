using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FactCheck.Core.Images;
using FactCheck.Tests.Shared.Images;
using SkiaSharp;

namespace FactCheck.Benchmarks;

/// <summary>
/// Character error rate of OCR on generated phone screenshots of benchmark claims: N claims drawn at random (seed 1,
/// at least 40 characters) half from turnbackhoax-id (Indonesian), half from clef2022-2a-en (English), each drawn at
/// 1080 × 1920 with DejaVu Sans, light and dark in turn, PNG and JPEG (quality 80) in turn, then read back.
/// CER = Levenshtein distance between what the screenshot shows (its clock "12:30", the chat's name "Grup Keluarga",
/// the claim, and "Diteruskan · 12:29") and the text read, both with whitespace runs collapsed to one space, over the
/// length of what it shows (case, punctuation and quotes count). Also counted: the screenshots whose claim was read
/// back exactly, somewhere in the text.
/// </summary>
internal static class OcrAccuracyRun
{
    public static async Task RunAsync(ImageReader reader, string dataDirectory, int count, CancellationToken cancellationToken)
    {
        var sources = new[] { ("turnbackhoax-id", "id"), ("clef2022-2a-en", "en") };
        if (sources.Any(s => !File.Exists(Path.Combine(dataDirectory, s.Item1, "claims.jsonl"))))
        {
            Console.WriteLine($"CER: skipped, the benchmark claims are not in {dataDirectory} (turnbackhoax-id/, clef2022-2a-en/ claims.jsonl).");
            return;
        }

        var random = new Random(1);
        var perLanguage = new Dictionary<string, (long Errors, long Characters, int Images, int Exact)>();
        var clock = Stopwatch.StartNew();
        var n = 0;
        foreach (var (folder, language) in sources)
        {
            var claims = File.ReadLines(Path.Combine(dataDirectory, folder, "claims.jsonl"))
                .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? string.Empty)
                .Select(Collapse)
                .Where(t => t.Length >= 40)
                .ToList();
            var chosen = claims.OrderBy(_ => random.Next()).Take(count / sources.Length).ToList();
            long errors = 0, characters = 0;
            var exact = 0;
            foreach (var claim in chosen)
            {
                var dark = n % 2 == 1;
                var format = n / 2 % 2 == 0 ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg;
                n++;
                var screenshot = Screenshots.Render(claim, 1080, 1920, dark, format, 80);
                var reading = await reader.ReadAsync(screenshot, cancellationToken);
                var shown = Collapse("12:30 Grup Keluarga " + claim + " Diteruskan · 12:29");
                var read = Collapse(reading.Text);
                errors += Levenshtein(shown, read);
                characters += shown.Length;
                exact += read.Contains(claim, StringComparison.Ordinal) ? 1 : 0;
            }

            perLanguage[language] = (errors, characters, chosen.Count, exact);
        }

        foreach (var (language, (errors, characters, images, exact)) in perLanguage)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CER {language}: {100.0 * errors / characters:0.00} % ({errors} edits over {characters} characters, {images} screenshots; claim read back exactly in {exact})"));
        }

        var all = perLanguage.Values.Aggregate((0L, 0L), (a, v) => (a.Item1 + v.Errors, a.Item2 + v.Characters));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CER over all {n} screenshots: {100.0 * all.Item1 / all.Item2:0.00} % ({clock.Elapsed.TotalSeconds:0} s)"));
    }

    private static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var part in text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            sb.Append(sb.Length > 0 ? " " : string.Empty).Append(part);
        }

        return sb.ToString();
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
