using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace FactCheck.Bot.Cli;

/// <summary>Options and arguments that validate their values with messages naming what is accepted (the library's own
/// name .NET types: "as expected type 'System.Int64'").</summary>
internal static class CliSymbols
{
    /// <summary>`NAME VALUE` where VALUE is one of <paramref name="accepted"/> (any case; the value is given in lower case).</summary>
    public static Option<string?> OneOf(string name, string description, params string[] accepted) => new(name)
    {
        Description = description,
        HelpName = string.Join('|', accepted),
        CustomParser = r =>
        {
            var value = r.Tokens[0].Value;
            var known = accepted.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                r.AddError($"{name}: '{value}' is not supported (accepted: {string.Join(", ", accepted)}).");
            }

            return known;
        },
    };

    /// <summary>`NAME N` with N a whole number from 1, or <paramref name="fallback"/> when the option is absent.</summary>
    public static Option<int> PositiveNumber(string name, string description, int fallback) => new(name)
    {
        Description = description,
        HelpName = "N",
        DefaultValueFactory = _ => fallback,
        CustomParser = r => (int)Positive(r, name, int.MaxValue),
    };

    /// <summary>A positional whole number from 1 (a tip number).</summary>
    public static Argument<long> PositiveId(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = r => Positive(r, name, long.MaxValue),
    };

    /// <summary>`NAME VALUE`, required.</summary>
    public static Option<string> RequiredText(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        Required = true,
    };

    /// <summary>`NAME VALUE`, optional.</summary>
    public static Option<string?> OptionalText(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
    };

    /// <summary>`NAME FILE` naming a file that exists (required or not).</summary>
    public static Option<string?> ExistingFile(string name, string description, bool required = false)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "FILE", Required = required };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } path && FileProblem(path) is { } problem)
            {
                r.AddError($"{name}: {problem}");
            }
        });
        return option;
    }

    /// <summary>Why <paramref name="path"/> cannot be read as a file, or null when it can.</summary>
    public static string? FileProblem(string path) =>
        Directory.Exists(path) ? $"'{path}' is a folder; name the files in it (for example {Path.Combine(path, "*.jsonl")})."
        : !File.Exists(path) ? $"no such file: '{path}'."
        : null;

    private static long Positive(ArgumentResult r, string name, long max)
    {
        var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : string.Empty;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= max)
        {
            return value;
        }

        r.AddError($"{name} must be a whole number from 1; got '{text}'.");
        return 0;
    }
}
