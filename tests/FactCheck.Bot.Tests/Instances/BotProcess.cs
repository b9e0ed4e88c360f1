using System.Diagnostics;
using System.Text;

namespace FactCheck.Bot.Tests.Instances;

/// <summary>The real program (factcheck.dll beside the tests) run as a child process with its settings in the
/// environment, as an operator runs it: its output kept for the failure message, and a SIGKILL of its whole tree.</summary>
internal sealed class BotProcess : IDisposable
{
    // Enough of the output to say why a process failed, without holding a chatty one's whole log.
    private const int KeptOutputChars = 20_000;

    private readonly Process process;
    private readonly StringBuilder output = new();

    private BotProcess(Process process) => this.process = process;

    /// <summary>What the process wrote on stdout and stderr (the last part of it).</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static BotProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "factcheck.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var bot = new BotProcess(process);

        // Read both pipes all along: a full pipe would block the program mid-write.
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits (generously) for the process to end on its own and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(int seconds = 120)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"The program did not finish within {seconds} s: {Output}");
        }

        return process.ExitCode;
    }

    /// <summary>SIGKILL to the process and its children, as `kill -9` or the OOM killer; returns once it is gone.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
            if (output.Length > KeptOutputChars)
            {
                output.Remove(0, output.Length - KeptOutputChars);
            }
        }
    }
}
