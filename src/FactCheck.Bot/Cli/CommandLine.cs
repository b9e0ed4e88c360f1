using System.CommandLine;

namespace FactCheck.Bot.Cli;

/// <summary>The verbs of the host (run, check, import, eval, tips, feeds) as System.CommandLine commands, and the one entry that runs them.</summary>
/// <remarks>To add a verb, write a `XCommand.Create(CliContext)` returning its <see cref="Command"/> and add it to
/// <see cref="Build"/>; to add a flag, declare the option in that verb's `Create` (CliSymbols has the validated kinds)
/// and read it with `ParseResult.GetValue`. Help, unknown flags and exit code 2 then come for free.</remarks>
internal static class CommandLine
{
    /// <summary>The program's name in usage and error lines, whatever the executable is called (dotnet run, a test host).</summary>
    public const string Name = "factcheck";

    // Response files (@file) are off: `check @someone said ...` is a message, not a file to expand.
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    /// <summary>The root command (running the bot) with every verb under it.</summary>
    public static RootCommand Build(CliContext io)
    {
        var root = RunCommand.CreateRoot(io);
        root.Add(RunCommand.Create(io));
        root.Add(CheckCommand.Create(io));
        root.Add(ImportCommand.Create(io));
        root.Add(EvalCommand.Create(io));
        root.Add(TipsCommand.Create(io));
        root.Add(FeedsCommand.Create(io));
        root.Add(StorageCommand.Create(io));
        root.Add(DeskCommand.Create(io));
        return root;
    }

    /// <summary>Parses <paramref name="args"/> and runs the verb; a usage error is one line on stderr and exit code 2.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext io, CancellationToken cancellationToken)
    {
        var result = Build(io).Parse(HelpVerbToOption(args), Parsing);
        if (UsageErrors.Find(result) is { } error)
        {
            await io.Error.WriteLineAsync(error);
            return ExitCodes.Usage;
        }

        return await result.InvokeAsync(
            new InvocationConfiguration
            {
                Output = io.Out,
                Error = io.Error,

                // Ctrl+C and SIGTERM are the program's and the host's to handle: the library's 2-second limit would cut
                // short the bot's own shutdown (30 s for replies being sent).
                ProcessTerminationTimeout = null,
                EnableDefaultExceptionHandler = false,
            },
            cancellationToken);
    }

    /// <summary>Makes <paramref name="command"/> alone (`tips` without `list`, `show`, ...) a usage error naming its commands.</summary>
    public static void RequireSubcommand(Command command, CliContext io) =>
        command.SetAction(async (result, _) =>
        {
            var names = string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            await io.Error.WriteLineAsync($"{Name} {command.Name}: name a command ({names}). See '{Name} {command.Name} --help'.");
            return ExitCodes.Usage;
        });

    /// <summary>`help`, `help VERB...` as `--help`, `VERB... --help`.</summary>
    private static IReadOnlyList<string> HelpVerbToOption(IReadOnlyList<string> args) =>
        args.Count > 0 && args[0] == "help" ? [.. args.Skip(1), "--help"] : args;
}
