using System.Globalization;
using FactCheck.Core.Import;

namespace FactCheck.Bot.Cli;

/// <summary>Shows an import's progress on stderr: a bar redrawn in place with rate and ETA on a terminal, a plain line
/// every few seconds otherwise (a log file or CI output should not fill with carriage returns).</summary>
/// <remarks>The report itself goes to stdout, so it stays clean when progress is shown.</remarks>
internal sealed class ImportProgressDisplay(TextWriter stderr, bool terminal, TimeProvider time) : IProgress<ImportProgress>
{
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private string? file;
    private long fileStart;
    private long lastShown;
    private readonly ProgressLine output = new(stderr, terminal);

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
        // A file done within the first interval needs no plain progress line at all: its report follows at once.
        output.Show(Describe(value, time.GetElapsedTime(fileStart, now)), value.FileDone,
            plainToo: !value.FileDone || time.GetElapsedTime(fileStart, now) >= PlainInterval);
    }

    /// <summary>"[2/3] claims.jsonl [#####-------] 41% 88.1/214.0 MB 12.3 MB/s ETA 0:10 180,234 records".</summary>
    internal static string Describe(ImportProgress value, TimeSpan elapsed)
    {
        var fraction = value.TotalBytes > 0 ? Math.Clamp((double)value.BytesRead / value.TotalBytes, 0, 1) : 1;
        var rate = elapsed.TotalSeconds > 0 ? value.BytesRead / elapsed.TotalSeconds : 0;
        var eta = ProgressLine.Eta(value.FileDone, value.TotalBytes - value.BytesRead, rate);
        var files = value.FileCount > 1 ? $"[{value.FileNumber}/{value.FileCount}] " : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{files}{Path.GetFileName(value.Path)} {ProgressLine.Bar(fraction)} "
            + $"{Megabytes(value.BytesRead)}/{Megabytes(value.TotalBytes)} MB {Megabytes((long)rate)} MB/s {eta} {value.Records:N0} records");
    }

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);
}
