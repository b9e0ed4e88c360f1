using System.Globalization;
using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Bot.Cli;

/// <summary>Shows the progress of embedding claim texts on stderr, as the import's display does: a bar redrawn in place
/// with rate and ETA on a terminal, a plain line every few seconds otherwise. A run that finds every vector stored (or
/// is over within the first interval) shows nothing.</summary>
internal sealed class EmbeddingProgressDisplay(TextWriter stderr, bool terminal, TimeProvider time) : IProgress<EmbeddingProgress>
{
    private static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private long start;
    private long lastShown;
    private readonly ProgressLine output = new(stderr, terminal);
    private int startDone;
    private bool shown;

    /// <summary>The display for this process: a bar when stderr is a terminal.</summary>
    public static EmbeddingProgressDisplay ForConsole() => new(Console.Error, !Console.IsErrorRedirected, TimeProvider.System);

    public void Report(EmbeddingProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var now = time.GetTimestamp();
        if (value.Done == 0 || start == 0)
        {
            (start, lastShown, startDone, shown) = (now, now, value.Done, false);
            if (value.Done == 0)
            {
                return;
            }
        }

        var interval = terminal ? TerminalInterval : PlainInterval;
        if (time.GetElapsedTime(lastShown, now) < interval && !(value.Finished && shown))
        {
            return;
        }

        lastShown = now;
        shown = true;
        output.Show(Describe(value, value.Done - startDone, time.GetElapsedTime(start, now)), value.Finished);
    }

    /// <summary>"embedding claims [#####-------] 41% 93,184/228,000 texts 120/s ETA 18:45, 80,000 computed".</summary>
    internal static string Describe(EmbeddingProgress value, int doneHere, TimeSpan elapsed)
    {
        var fraction = value.Total > 0 ? Math.Clamp((double)value.Done / value.Total, 0, 1) : 1;
        var rate = elapsed.TotalSeconds > 0 ? doneHere / elapsed.TotalSeconds : 0;
        var eta = ProgressLine.Eta(value.Finished, value.Total - value.Done, rate);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"embedding claims {ProgressLine.Bar(fraction)} {value.Done:N0}/{value.Total:N0} texts {rate:N0}/s {eta}, {value.Computed:N0} computed");
    }
}
