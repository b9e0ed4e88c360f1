using FactCheck.Bot.Cli;
using FactCheck.Core.Matching.Embeddings;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.Bot.Tests;

public class EmbeddingProgressDisplayTests
{
    [Fact]
    public void Without_a_terminal_a_plain_line_with_rate_and_eta_is_written_every_five_seconds()
    {
        var time = new FakeTimeProvider();
        var output = new StringWriter();
        var display = new EmbeddingProgressDisplay(output, terminal: false, time);

        display.Report(new EmbeddingProgress(0, 1000, 0, false));
        for (var second = 1; second <= 12; second++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            display.Report(new EmbeddingProgress(second * 10, 1000, second * 10, false));
        }

        Assert.Equal(
            ["embedding claims [#-----------------------] 5% 50/1,000 texts 10/s ETA 1:35, 50 computed",
             "embedding claims [##----------------------] 10% 100/1,000 texts 10/s ETA 1:30, 100 computed"],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void On_a_terminal_the_bar_is_redrawn_in_place_and_ends_with_a_line_break()
    {
        var time = new FakeTimeProvider();
        var output = new StringWriter();
        var display = new EmbeddingProgressDisplay(output, terminal: true, time);

        display.Report(new EmbeddingProgress(0, 400, 0, false));
        time.Advance(TimeSpan.FromSeconds(1));
        display.Report(new EmbeddingProgress(100, 400, 100, false));
        time.Advance(TimeSpan.FromSeconds(3));
        display.Report(new EmbeddingProgress(400, 400, 400, true));

        var text = output.ToString();
        Assert.StartsWith("\rembedding claims [######------------------] 25% 100/400 texts 100/s ETA 0:03, 100 computed", text, StringComparison.Ordinal);
        Assert.Equal("\rembedding claims [########################] 100% 400/400 texts 100/s done, 400 computed", text[text.LastIndexOf('\r')..].TrimEnd());
        Assert.EndsWith(Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_finds_every_vector_stored_shows_nothing()
    {
        var output = new StringWriter();
        var display = new EmbeddingProgressDisplay(output, terminal: true, new FakeTimeProvider());

        display.Report(new EmbeddingProgress(0, 5000, 0, false));
        display.Report(new EmbeddingProgress(5000, 5000, 0, true));

        Assert.Empty(output.ToString());
    }
}
