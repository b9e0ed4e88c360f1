namespace FactCheck.Bot.Cli;

/// <summary>Where a verb reads and writes: results on <see cref="Out"/>, diagnostics on <see cref="Error"/>.</summary>
/// <param name="In">Standard input (`check -` reads the message from it).</param>
/// <param name="Out">Results only, so that `check --json` and `tips list` can be piped.</param>
/// <param name="Error">Usage errors, refusals, per-file errors, progress; the host's logs go to stderr on their own.</param>
/// <param name="Settings">Configuration values that win over appsettings.json and the environment (tests point the store at a temporary file).</param>
internal sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error, IReadOnlyDictionary<string, string?>? Settings = null)
{
    /// <summary>The process's own streams.</summary>
    public static CliContext FromConsole() => new(Console.In, Console.Out, Console.Error);
}
