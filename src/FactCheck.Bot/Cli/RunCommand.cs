using System.CommandLine;
using System.CommandLine.Parsing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Cli;

/// <summary>Running the bot: no verb (the root command) or `run`, with optional `--Section:Key VALUE` settings.</summary>
internal static class RunCommand
{
    /// <summary>The name of the settings argument, which takes `--Section:Key` tokens that are not options of ours.</summary>
    public const string SettingName = "SETTING";

    private const string RootDescription = """
        factcheck: a fact-check bot for Telegram, Discord and the console.

        With no verb it runs the bot: Telegram and/or Discord when their tokens are set, else a console chat.
        Configuration: appsettings.json, overridden by environment variables (Storage__ConnectionString, Telegram__Token, ...).
        `factcheck VERB --help` (or `factcheck help VERB`) describes a verb.
        Results go to stdout; logs, progress and errors to stderr.
        Exit codes: 0 done, 1 refused (no such tip, a file that cannot be read, ...), 2 usage error.
        """;

    /// <summary>The root command: runs the bot.</summary>
    public static RootCommand CreateRoot(CliContext io)
    {
        var settings = Settings(hidden: true);
        var root = new RootCommand(RootDescription) { settings };
        root.HelpName = CommandLine.Name;
        root.SetAction((result, cancellationToken) => RunAsync(result.GetValue(settings) ?? [], io, cancellationToken));
        return root;
    }

    /// <summary>`run`: the same as no verb.</summary>
    public static Command Create(CliContext io)
    {
        var settings = Settings(hidden: false);
        var command = new Command("run", "Run the bot (the same as no verb).") { settings };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(settings) ?? [], io, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] settings, CliContext io, CancellationToken cancellationToken)
    {
        using var host = BotHostFactory.CreateBuilder(settings, io.Settings).Build();

        // Validated before starting: a bad setting is one line on stderr, not the host's stack trace.
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException e)
        {
            await io.Error.WriteLineAsync(e.Message);
            return ExitCodes.Refused;
        }

        await host.RunAsync(cancellationToken);
        return ExitCodes.Done;
    }

    // Settings are passed to the host's configuration as `--Section:Key VALUE` or `--Section:Key=VALUE`; anything else
    // here is a mistyped verb or flag, refused rather than ignored (`factcheck --hlep` used to start the bot).
    private static Argument<string[]> Settings(bool hidden)
    {
        var argument = new Argument<string[]>(SettingName)
        {
            Description = "--Section:Key VALUE: a setting for this run only (as in appsettings.json)",
            Arity = ArgumentArity.ZeroOrMore,
            Hidden = hidden,
        };
        argument.Validators.Add(CheckSettings);
        return argument;
    }

    private static void CheckSettings(ArgumentResult result)
    {
        var tokens = result.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i].Value;
            if (!token.StartsWith("--", StringComparison.Ordinal) || !token.Contains(':', StringComparison.Ordinal))
            {
                var command = ((CommandResult)result.Parent!).Command;
                result.AddError(i == 0 && !token.StartsWith('-') && command is RootCommand
                    ? $"unknown verb '{token}' (verbs: {string.Join(", ", command.Subcommands.Select(c => c.Name).Append("help"))})."
                    : UsageErrors.UnknownOption(command, token, "a setting as --Section:Key VALUE"));
                return;
            }

            if (!token.Contains('=', StringComparison.Ordinal) && ++i >= tokens.Count)
            {
                result.AddError($"the setting '{token}' needs a value.");
                return;
            }
        }
    }
}
