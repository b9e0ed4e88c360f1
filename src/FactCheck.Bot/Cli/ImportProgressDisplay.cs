using System.Globalization;
using FactCheck.Core.Import;

namespace FactCheck.Bot.Cli;

/// <summary>Shows an import's progress on stderr: a bar redrawn in place with rate and ETA on a terminal, a plain line
/// every few seconds otherwise (a log file or CI output should not fill with carriage returns).</summary>
/// <remarks>The report itself goes to stdout, so it stays clean when progress is shown.</remarks>
internal sealed class ImportProgressDisplay(TextWriter stderr, bool terminal, TimeProvider time) : IProgress<ImportProgress>
{
    private const int BarWidth = 24;
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private string? file;
    private long fileStart;
    private long lastShown;
    private int drawnWidth;

    /// <summary>The display for this process: a bar when stderr is a terminal.</summary>
    public static ImportProgressDisplay ForConsole() => new(Console.Error, !Console.IsErrorRedirected, TimeProvider.System);

    public void Report(ImportProgress value)
    {
        var now = time.GetTimestamp();
        if (value.Path != file)
        {
            file = value.Path;
            fileStart = now;
            lastShown = now;
            return;
        }

        var interval = terminal ? TerminalInterval : PlainInterval;
        if (!value.FileDone && time.GetElapsedTime(lastShown, now) < interval)
        {
            return;
        }

        lastShown = now;
        var line = Describe(value, time.GetElapsedTime(fileStart, now));
        if (terminal)
        {
            // Redrawn in place; padded so that a shorter line leaves nothing of the longer one before it.
            stderr.Write("\r" + line.PadRight(drawnWidth));
            drawnWidth = line.Length;
            if (value.FileDone)
            {
                stderr.WriteLine();
                drawnWidth = 0;
            }
        }
        else if (!value.FileDone || time.GetElapsedTime(fileStart, now) >= PlainInterval)
        {
            // A file done within the first interval needs no progress line at all: its report follows at once.
            stderr.WriteLine(line);
        }

        stderr.Flush();
    }

    /// <summary>"[2/3] claims.jsonl [#####-------] 41% 88.1/214.0 MB 12.3 MB/s ETA 0:10 180,234 records".</summary>
    internal static string Describe(ImportProgress value, TimeSpan elapsed)
    {
        var fraction = value.TotalBytes > 0 ? Math.Clamp((double)value.BytesRead / value.TotalBytes, 0, 1) : 1;
        var filled = (int)Math.Round(fraction * BarWidth);
        var rate = elapsed.TotalSeconds > 0 ? value.BytesRead / elapsed.TotalSeconds : 0;
        var eta = value.FileDone ? "done" : rate > 0 ? "ETA " + Clock(TimeSpan.FromSeconds((value.TotalBytes - value.BytesRead) / rate)) : "ETA ?";
        var files = value.FileCount > 1 ? $"[{value.FileNumber}/{value.FileCount}] " : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{files}{Path.GetFileName(value.Path)} [{new string('#', filled)}{new string('-', BarWidth - filled)}] {fraction * 100:0}% "
            + $"{Megabytes(value.BytesRead)}/{Megabytes(value.TotalBytes)} MB {Megabytes((long)rate)} MB/s {eta} {value.Records:N0} records");
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Clock(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}:{span.Seconds:00}");
}
