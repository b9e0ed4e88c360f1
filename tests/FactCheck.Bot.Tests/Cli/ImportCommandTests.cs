namespace FactCheck.Bot.Tests.Cli;

/// <summary>`import`: counts on stdout, rejected records and refused files on stderr, a wrong path said as such.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TestStore store = new();

    [Fact]
    public async Task A_missing_file_is_a_usage_error_that_names_it_not_an_unknown_format()
    {
        var missing = store.PathOf("nowhere.jsonl");

        var run = await CliRun.RunAsync(store, ["import", missing]);

        Assert.Equal(2, run.Code);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains($"no such file: '{missing}'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("format", line, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_folder_is_a_usage_error_that_asks_for_its_files()
    {
        var folder = store.PathOf("exports");
        Directory.CreateDirectory(folder);

        var run = await CliRun.RunAsync(store, ["import", folder]);

        Assert.Equal(2, run.Code);
        Assert.Contains($"'{folder}' is a folder; name the files in it", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_go_to_stdout_while_rejected_records_and_refused_files_go_to_stderr()
    {
        var claims = store.PathOf("claims.jsonl");
        await File.WriteAllLinesAsync(claims, [
            """{"id": "c-1", "text": "Drinking warm salt water three times a day prevents every variant of the virus", "language": "en", "date": "2024-05-02", "publisher": "Example Checks", "rating": "False", "url": "https://checks.example.org/salt-water"}""",
            """{"id": "c-2", "text": "", "language": "en", "publisher": "Example Checks"}""",
        ]);
        var broken = store.PathOf("broken.json");
        await File.WriteAllBytesAsync(broken, [0x7B, 0x00, 0xFF, 0xFE, 0x00, 0x01, 0x02, 0x03]);

        var run = await CliRun.RunAsync(store, ["import", claims, broken]);

        Assert.Equal(1, run.Code);
        var output = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{claims}: ", output, StringComparison.Ordinal);
        Assert.Contains("1 added", output, StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("line 2:", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{broken}: ", StringComparison.Ordinal) && l.Contains("not imported", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unrecognised_rating_column_is_said_at_the_top_of_the_report_on_stdout()
    {
        var csv = store.PathOf("claims.csv");
        await File.WriteAllLinesAsync(csv, [
            "claim,ruling,url,publisher",
            "Drinking warm salt water prevents every variant of the virus,Bogus,https://checks.example.org/salt,Example Checks",
        ]);

        var run = await CliRun.RunAsync(store, ["import", csv]);

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{csv}: warning: no rating column recognised", lines[0], StringComparison.Ordinal);
        Assert.Contains("0 added", lines[1], StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.Contains("no rating", StringComparison.Ordinal));
    }

    public void Dispose() => store.Dispose();
}
