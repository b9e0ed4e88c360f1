using System.CommandLine;
using System.CommandLine.Parsing;

namespace FactCheck.Bot.Cli;

/// <summary>The first thing wrong with a command line, as one line naming the verb, the problem and what is accepted.</summary>
internal static class UsageErrors
{
    /// <summary>Null when the line can run (help and version requests included).</summary>
    public static string? Find(ParseResult result)
    {
        if (result.Action is { ClearsParseErrors: true })
        {
            return null;
        }

        if (Problem(result) is not { } problem)
        {
            return null;
        }

        var path = VerbPath(result.CommandResult);
        return $"{path}: {EndSentence(problem)} See '{path} --help'.";
    }

    // A token nothing took (a typo of a flag or a command) says the most; then the library's own errors; then a flag
    // that a free-text argument swallowed.
    private static string? Problem(ParseResult result)
    {
        var command = result.CommandResult.Command;
        if (result.UnmatchedTokens.Count > 0)
        {
            return Unmatched(command, result.UnmatchedTokens[0]);
        }

        if (result.Errors.Count > 0)
        {
            return OneLine(result.Errors[0].Message);
        }

        return OptionTakenAsText(result) is { } option ? UnknownOption(command, option) + " Put -- before a text that begins with '-'." : null;
    }

    /// <summary>"unknown option '--colour' (accepted: --json, --lang, --help)."</summary>
    public static string UnknownOption(Command command, string option, string? alsoAccepted = null) =>
        $"unknown option '{option}' (accepted: {string.Join(", ", AcceptedOptions(command).Append(alsoAccepted).OfType<string>())}).";

    /// <summary>True for `--word` and `-x...`, not for `-`, `--` or a negative number.</summary>
    public static bool LooksLikeOption(string token) =>
        token.Length > 1 && token[0] == '-' && (token[1] == '-' ? token.Length > 2 : char.IsLetter(token[1]));

    private static string Unmatched(Command command, string token) =>
        LooksLikeOption(token) ? UnknownOption(command, token)
        : command.Subcommands.Count > 0 ? $"unknown command '{token}' (commands: {string.Join(", ", command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name))})."
        : $"unexpected argument '{token}'.";

    // A verb that takes free text (check TEXT...) would otherwise swallow a mistyped flag as words of the message.
    private static string? OptionTakenAsText(ParseResult result)
    {
        var endOfOptions = IndexOf(result.Tokens, t => t.Type == TokenType.DoubleDash);
        foreach (var argument in result.CommandResult.Command.Arguments.Where(a => a.Name != RunCommand.SettingName))
        {
            foreach (var token in result.GetResult(argument)?.Tokens ?? [])
            {
                if (LooksLikeOption(token.Value) && (endOfOptions < 0 || IndexOf(result.Tokens, t => ReferenceEquals(t, token)) < endOfOptions))
                {
                    return token.Value;
                }
            }
        }

        return null;
    }

    private static IEnumerable<string> AcceptedOptions(Command command)
    {
        var inherited = command.Parents.OfType<Command>().SelectMany(Ancestry).SelectMany(c => c.Options).Where(o => o.Recursive);
        return command.Options.Concat(inherited).Where(o => !o.Hidden).Select(o => o.Name).Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<Command> Ancestry(Command command) =>
        command.Parents.OfType<Command>().SelectMany(Ancestry).Prepend(command);

    private static string VerbPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r is not null; r = r.Parent)
        {
            if (r is CommandResult c)
            {
                names.Add(c.Parent is null ? CommandLine.Name : c.Command.Name);
            }
        }

        names.Reverse();
        return string.Join(' ', names);
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Func<Token, bool> match)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (match(tokens[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string EndSentence(string text) => text.EndsWith('.') ? text : text + ".";
}
