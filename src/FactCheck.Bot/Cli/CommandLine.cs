using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Cli;

/// <summary>The verbs of the host: run (default), check, import, eval, tips.</summary>
internal static class CommandLine
{
    public const string Usage = """
        factcheck: a fact-check bot for Telegram, Discord and the console.

          (no verb)                  run the bot: Telegram and/or Discord when their tokens are set, else a console chat
          check TEXT... | check -   check a message (- reads stdin) and print the reply; --json prints the report as JSON,
                                     --lang en|id chooses the reply language
          import FILE...             import fact-checks (ClaimReview JSON-LD or HTML, Fact Check Tools API JSON, JSONL, CSV)
          eval --claims FILE --queries FILE [--qrels FILE] [--run-out FILE] [--json]
                                     measure retrieval quality and latency on a benchmark
          tips list|show|publish|attach|dismiss|purge ...
                                     the reviewers' tipline operations (`tips` alone prints their usage)
          feeds sync [--source NAME] | feeds status
                                     read the configured fact-check feeds once, or show their state
          help                       this text

        Configuration: appsettings.json, overridden by environment variables (Storage__ConnectionString, Telegram__Token, ...).
        """;

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var verb = args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal) ? "run" : args[0].ToLowerInvariant();
        var rest = verb == "run" ? args : args[1..];
        switch (verb)
        {
            case "run":
                using (var host = BotHostFactory.CreateBuilder(rest).Build())
                {
                    // Validated before starting: a bad setting is one line on stderr, not the host's stack trace.
                    try
                    {
                        host.Services.GetService<IStartupValidator>()?.Validate();
                    }
                    catch (OptionsValidationException e)
                    {
                        await Console.Error.WriteLineAsync(e.Message);
                        return 1;
                    }

                    await host.RunAsync(cancellationToken);
                    return 0;
                }

            case "check":
                return await CheckCommand.RunAsync(rest, Console.In, Console.Out, cancellationToken);
            case "import":
                return await ImportCommand.RunAsync(rest, Console.Out, cancellationToken);
            case "tips":
                return await TipsCommand.RunAsync(rest, Console.Out, Console.Error, cancellationToken);
            case "feeds":
                return await FeedsCommand.RunAsync(rest, Console.Out, Console.Error, cancellationToken);
            case "eval":
                return await EvalCommand.RunAsync(rest, Console.Out, cancellationToken);
            case "help" or "-h" or "--help" or "-?":
                await Console.Out.WriteLineAsync(Usage);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown verb '{args[0]}'.\n\n{Usage}");
                return 2;
        }
    }
}
