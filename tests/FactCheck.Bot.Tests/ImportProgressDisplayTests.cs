using FactCheck.Bot.Cli;
using FactCheck.Core.Import;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.Bot.Tests;

public class ImportProgressDisplayTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void On_a_terminal_the_bar_is_redrawn_in_place_with_rate_and_eta()
    {
        var time = new FakeTimeProvider();
        var output = new StringWriter();
        var display = new ImportProgressDisplay(output, terminal: true, time);

        display.Report(new ImportProgress("/data/claims.jsonl", 1, 1, 0, 100 * MiB, 0));
        time.Advance(TimeSpan.FromSeconds(10));
        display.Report(new ImportProgress("/data/claims.jsonl", 1, 1, 25 * MiB, 100 * MiB, 50_000));
        time.Advance(TimeSpan.FromMilliseconds(50));
        display.Report(new ImportProgress("/data/claims.jsonl", 1, 1, 26 * MiB, 100 * MiB, 52_000));
        time.Advance(TimeSpan.FromSeconds(30));
        display.Report(new ImportProgress("/data/claims.jsonl", 1, 1, 100 * MiB, 100 * MiB, 200_000, FileDone: true));

        var text = output.ToString();
        Assert.StartsWith("\rclaims.jsonl [######------------------] 25% 25.0/100.0 MB 2.5 MB/s ETA 0:30 50,000 records", text, StringComparison.Ordinal);
        Assert.DoesNotContain("52,000", text, StringComparison.Ordinal);
        var last = text[text.LastIndexOf('\r')..];
        Assert.Equal("\rclaims.jsonl [########################] 100% 100.0/100.0 MB 2.5 MB/s done 200,000 records", last.TrimEnd());
        Assert.EndsWith(Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_terminal_a_plain_line_is_written_every_few_seconds()
    {
        var time = new FakeTimeProvider();
        var output = new StringWriter();
        var display = new ImportProgressDisplay(output, terminal: false, time);

        display.Report(new ImportProgress("a.csv", 2, 3, 0, 10 * MiB, 0));
        for (var second = 1; second <= 12; second++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            display.Report(new ImportProgress("a.csv", 2, 3, second * MiB / 2, 10 * MiB, second * 100));
        }

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            ["[2/3] a.csv [######------------------] 25% 2.5/10.0 MB 0.5 MB/s ETA 0:15 500 records",
             "[2/3] a.csv [############------------] 50% 5.0/10.0 MB 0.5 MB/s ETA 0:10 1,000 records"],
            lines);
        Assert.DoesNotContain('\r', output.ToString());
    }

    [Fact]
    public void A_file_done_at_once_writes_no_plain_progress_line()
    {
        var time = new FakeTimeProvider();
        var output = new StringWriter();
        var display = new ImportProgressDisplay(output, terminal: false, time);

        display.Report(new ImportProgress("seed.jsonld", 1, 1, 0, 2000, 0));
        time.Advance(TimeSpan.FromMilliseconds(30));
        display.Report(new ImportProgress("seed.jsonld", 1, 1, 2000, 2000, 4, FileDone: true));

        Assert.Empty(output.ToString());
    }
}
