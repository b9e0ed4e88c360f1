using System.Diagnostics;
using System.Globalization;
using FactCheck.Bot;
using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Tests.Shared.Images;
using SkiaSharp;

namespace FactCheck.Benchmarks;

/// <summary>
/// The answer time of a photo, end to end: the shipped bot (BotHostFactory, seeds, SQLite in a temporary folder)
/// long-polls the fake Bot API on 127.0.0.1; each run queues a photo (a 1080 × 1920 JPEG screenshot of the seed
/// paragraph) from a new private chat, and the time is taken from queueing it to the fake's recording of the reply:
/// getUpdates, getFile, the file download, decode, PDQ, OCR, fingerprint lookup, check and sendMessage.
/// </summary>
internal static class PhotoAnswerRun
{
    public static async Task RunAsync(string paragraph, string seeds, int runs, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("factcheck-photo-e2e-");
        await using var api = new FakeBotApi();
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(folder.FullName, "bot.db")};Pooling=false",
            ["Seeds:Directory"] = seeds,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var host = BotHostFactory.CreateBuilder([], settings, consoleChat: false).Build();
        try
        {
            await host.StartAsync(cancellationToken);
            var photo = Screenshots.Render(paragraph, 1080, 1920, dark: false, SKEncodedImageFormat.Jpeg, 85);
            api.AddFile("kim", photo);
            var times = new List<double>();
            for (var i = 0; i <= runs; i++)
            {
                var chat = 700_000 + i;
                var message = Tg.PhotoSizes(Tg.PrivateChat(chat), chat, [("kim", 1080, 1920, photo.Length)]);
                var clock = Stopwatch.StartNew();
                var queued = DateTimeOffset.UtcNow;
                api.EnqueueMessage(message);
                var reply = await api.WaitForReplyAsync(Tg.IdOf(message), seconds: 120);
                if (i == 0)
                {
                    // The first photo loads Tesseract's language data; it is reported apart.
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"photo answered end to end, first (cold OCR engine): {clock.Elapsed.TotalMilliseconds:0} ms; verdict given: {reply.Text.Contains("Unverified", StringComparison.Ordinal)}"));
                    continue;
                }

                times.Add((reply.At - queued).TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"photo answered end to end through the fake Telegram: p50 {times[times.Count / 2]:0} ms, p99 {times[Math.Min(times.Count - 1, (int)Math.Ceiling(0.99 * times.Count) - 1)]:0} ms ({runs} photos, one at a time)"));
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
            host.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }
}
