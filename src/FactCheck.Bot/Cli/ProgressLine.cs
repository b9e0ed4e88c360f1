using System.Globalization;

namespace FactCheck.Bot.Cli;

/// <summary>One progress line on stderr, shared by every verb that shows one: on a terminal it is redrawn in place
/// (padded so that a shorter line leaves nothing of the longer one before it) and ended when its work is done;
/// otherwise each line shown is a line of its own, since a log should not fill with carriage returns.</summary>
internal sealed class ProgressLine(TextWriter stderr, bool terminal)
{
    private const int BarWidth = 24;

    private int drawnWidth;

    /// <summary>Redraws the line on a terminal (ending it when <paramref name="finished"/>), or, elsewhere, writes it when
    /// <paramref name="plainToo"/>.</summary>
    public void Show(string line, bool finished, bool plainToo = true)
    {
        if (terminal)
        {
            stderr.Write("\r" + line.PadRight(drawnWidth));
            drawnWidth = line.Length;
            if (finished)
            {
                stderr.WriteLine();
                drawnWidth = 0;
            }
        }
        else if (plainToo)
        {
            stderr.WriteLine(line);
        }

        stderr.Flush();
    }

    /// <summary>"[#####-------] 41%".</summary>
    public static string Bar(double fraction)
    {
        var filled = (int)Math.Round(fraction * BarWidth);
        return string.Create(CultureInfo.InvariantCulture, $"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {fraction * 100:0}%");
    }

    /// <summary>"done", or the time left at <paramref name="rate"/> units a second as "ETA 1:02:03" / "ETA 2:03".</summary>
    public static string Eta(bool finished, double left, double rate) =>
        finished ? "done" : rate > 0 ? "ETA " + Clock(TimeSpan.FromSeconds(left / rate)) : "ETA ?";

    private static string Clock(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}:{span.Seconds:00}");
}
