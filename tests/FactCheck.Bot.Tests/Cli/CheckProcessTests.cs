using System.Diagnostics;
using System.Text.Json;

namespace FactCheck.Bot.Tests.Cli;

/// <summary>The real program, spawned once: what else the host might print (a logger, a library) would land on the
/// process's stdout, which the in-process tests do not see.</summary>
public sealed class CheckProcessTests : IDisposable
{
    private readonly TestStore store = new();

    [Fact]
    public async Task Check_json_prints_only_json_on_stdout_and_the_logs_on_stderr()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "factcheck.dll"), "check", "-", "--json" },
            WorkingDirectory = store.PathOf(string.Empty),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Storage__ConnectionString"] = store.ConnectionString, ["DOTNET_NOLOGO"] = "1" },
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync("Vaksin covid mengandung chip magnetik 5G yang bisa melacak warga dari satelit");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, process.ExitCode);
        using var json = JsonDocument.Parse(await output);
        Assert.Equal("id", json.RootElement.GetProperty("uiLanguage").GetString());
        Assert.Contains("Applied schema migration", await error, StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();
}
