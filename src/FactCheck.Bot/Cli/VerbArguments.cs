using System.Globalization;

namespace FactCheck.Bot.Cli;

/// <summary>A verb's arguments split into positionals and `--name value` options; an unknown or valueless option is a usage error.</summary>
internal sealed class VerbArguments
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    private VerbArguments(List<string> positionals) => Positionals = positionals;

    public IReadOnlyList<string> Positionals { get; }

    /// <summary>The parsed arguments, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static VerbArguments? Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> known, out string? error)
    {
        var positionals = new List<string>();
        var parsed = new VerbArguments(positionals);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positionals.Add(args[i]);
                continue;
            }

            if (!known.Contains(args[i]))
            {
                error = $"Unknown option '{args[i]}'.";
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"Option '{args[i]}' needs a value.";
                return null;
            }

            parsed.options[args[i]] = args[++i];
        }

        error = null;
        return parsed;
    }

    public string? this[string option] => options.GetValueOrDefault(option);

    /// <summary>The positional at <paramref name="index"/> as a tip id, when it is a positive number.</summary>
    public long? IdAt(int index) =>
        index < Positionals.Count && long.TryParse(Positionals[index], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
