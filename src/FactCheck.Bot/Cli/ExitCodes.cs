namespace FactCheck.Bot.Cli;

/// <summary>The exit codes of every verb, as README.md documents them.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Done = 0;

    /// <summary>Refused: no such tip, a tip not open, an unusable verdict, a file that could not be read.</summary>
    public const int Refused = 1;

    /// <summary>A usage error: unknown verb or option, a missing or malformed argument. One line on stderr says which.</summary>
    public const int Usage = 2;
}
