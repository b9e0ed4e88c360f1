using System.Diagnostics;

namespace FactCheck.Telegram.Tests.Tipline;

/// <summary>Runs `factcheck import FILE` as its own process on the bot's database, as an operator would while the bot runs.</summary>
internal static class ImportProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, string connectionString)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "factcheck.dll"), "import", file })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Storage__ConnectionString"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("import did not finish: " + await stderr);
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
