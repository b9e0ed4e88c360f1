namespace FactCheck.Discord.Gateway;

/// <summary>How one gateway connection ended, and so what the next one must do.</summary>
internal sealed record ConnectionOutcome(ConnectionOutcomeKind Kind, int? CloseCode = null)
{
    public static ConnectionOutcome Resume(int? code = null) => new(ConnectionOutcomeKind.Resume, code);

    public static ConnectionOutcome Identify(int? code = null) => new(ConnectionOutcomeKind.Identify, code);

    public static ConnectionOutcome InvalidSession { get; } = new(ConnectionOutcomeKind.IdentifyAfterInvalidSession);

    public static ConnectionOutcome Fatal(int code) => new(ConnectionOutcomeKind.Fatal, code);

    public static ConnectionOutcome Stopped { get; } = new(ConnectionOutcomeKind.Stopped);
}
