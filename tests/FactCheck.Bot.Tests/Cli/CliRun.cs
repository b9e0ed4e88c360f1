using FactCheck.Bot.Cli;

namespace FactCheck.Bot.Tests.Cli;

/// <summary>One run of the command line, in process: its exit code and what it wrote on stdout and stderr.</summary>
internal sealed record CliRun(int Code, string Output, string Error)
{
    /// <summary>Runs <paramref name="args"/> against the store of <paramref name="store"/>, with <paramref name="stdin"/> as standard input.</summary>
    public static async Task<CliRun> RunAsync(TestStore store, string[] args, string stdin = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, new CliContext(new StringReader(stdin), output, error, store.Settings), CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The lines written on stderr.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
