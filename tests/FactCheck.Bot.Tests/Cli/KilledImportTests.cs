using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace FactCheck.Bot.Tests.Cli;

/// <summary>The real program killed (SIGKILL) in the middle of an import, as an operator's Ctrl-\ or an OOM kill would:
/// the next start must accept the store and the index beside it, or rebuild the index by itself, and answer.</summary>
public sealed class KilledImportTests : IDisposable
{
    private const string Rumour = "Drinking hot lemon water every morning kills the coronavirus in the throat";

    // Enough claims that the import is still running when its first plain progress line is written (every 5 s when
    // stderr is not a terminal), on any machine this suite runs on.
    private const int LargeFileClaims = 400_000;

    private readonly TestStore store = new();

    [Fact]
    public async Task An_import_killed_once_its_progress_shows_leaves_a_store_and_index_the_next_start_accepts()
    {
        var small = store.PathOf("lemon.jsonl");
        await File.WriteAllTextAsync(small, Line("lemon", Rumour, "False") + "\n");
        var first = await RunAsync(["import", small], killOnProgress: false);
        Assert.Equal(0, first.ExitCode);
        var answered = await RunAsync(["check", "--json", Rumour], killOnProgress: false); // builds the index on disk
        Assert.Equal("lemon", ReplyClaimId(answered.Output));
        var indexFiles = Directory.GetFiles(store.PathOf("bot.index"));
        Assert.NotEmpty(indexFiles);

        var large = store.PathOf("large.jsonl");
        WriteLargeFile(large);
        var killed = await RunAsync(["import", large], killOnProgress: true);

        Assert.True(killed.Killed, "the import finished before its first progress line; the file is too small to kill it midway: " + killed.Output);
        Assert.Equal("ok", await ScalarAsync("PRAGMA integrity_check"));

        // One transaction per file: none of the killed file's claims is in the store, and the store says so itself.
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM claims"));

        var next = await RunAsync(["check", "--json", Rumour], killOnProgress: false);
        Assert.Equal(0, next.ExitCode);
        Assert.Equal("lemon", ReplyClaimId(next.Output));

        // And the store still takes an import after the kill (no lock or journal left behind that refuses writes).
        var again = await RunAsync(["import", small], killOnProgress: false);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("1 unchanged", again.Output, StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();

    private static string Line(string id, string text, string rating) =>
        JsonSerializer.Serialize(new { id, text, language = "en", rating, url = $"https://factcheck.example.org/{id}" });

    private static string? ReplyClaimId(string output)
    {
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("matches").EnumerateArray()
            .Where(m => m.GetProperty("decision").GetString() == "Reply")
            .Select(m => m.GetProperty("claim").GetProperty("id").GetString())
            .FirstOrDefault();
    }

    private static void WriteLargeFile(string path)
    {
        var words = "election vaccine minister flood bridge video photo president army bank school water price fuel rice police".Split(' ');
        var random = new Random(7);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < LargeFileClaims; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)]));
            writer.WriteLine(Line($"bulk-{i}", text, "Misleading"));
        }
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    /// <summary>Runs the program on the test store; with <paramref name="killOnProgress"/>, kills it as soon as it
    /// writes a progress line (a line with a percentage) on stderr.</summary>
    private async Task<(int ExitCode, string Output, bool Killed)> RunAsync(string[] args, bool killOnProgress)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = store.PathOf(string.Empty),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["Storage__ConnectionString"] = store.ConnectionString,
                ["Seeds__LoadWhenEmpty"] = "false",
                ["Logging__LogLevel__Default"] = "Warning",
                ["DOTNET_NOLOGO"] = "1",
            },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "factcheck.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = new StringBuilder();
        var killed = false;
        try
        {
            while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
            {
                error.AppendLine(line);
                if (killOnProgress && line.Contains('%', StringComparison.Ordinal) && !process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    killed = true;
                    break;
                }
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"factcheck {string.Join(' ', args)} did not finish: {error}");
        }

        return (process.ExitCode, await output + error, killed);
    }
}
