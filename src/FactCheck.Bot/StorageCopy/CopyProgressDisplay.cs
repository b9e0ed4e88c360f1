using System.Globalization;

namespace FactCheck.Bot.StorageCopy;

/// <summary>Shows `storage copy`'s progress on stderr: one line per table redrawn in place on a terminal, the table's
/// total only when it is done otherwise (a log should not fill with carriage returns).</summary>
internal sealed class CopyProgressDisplay(TextWriter stderr, bool terminal) : IProgress<CopyProgress>
{
    private readonly Cli.ProgressLine output = new(stderr, terminal);

    public static CopyProgressDisplay ForConsole() => new(Console.Error, !Console.IsErrorRedirected);

    public void Report(CopyProgress value)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{value.Table}: {value.Done:N0} of {value.Total:N0} rows");
        output.Show(line, value.TableDone, plainToo: value.TableDone);
    }
}
