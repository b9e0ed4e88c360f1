namespace FactCheck.Core.Conversation;

/// <summary>What an <see cref="Answer"/> is, so a surface can pick its form (an embed for a report, a notice for a refusal).</summary>
public enum AnswerKind
{
    /// <summary>A check's report (see <see cref="Answer.Report"/>).</summary>
    Report,

    /// <summary>A plain text answer to a command (the tipline, privacy, language).</summary>
    Text,

    /// <summary>The help: what the bot does and the commands this user may use.</summary>
    Help,

    /// <summary>An unknown command or an unsupported value: the text names the accepted ones.</summary>
    Refused,

    /// <summary>The check (or the tipline's store) failed: one apology.</summary>
    Failed,

    /// <summary>Over the per-user limit, told once per window.</summary>
    RateLimited,

    /// <summary>Nothing is said (over the limit again, or a reviewer command from a non-reviewer in a public group).</summary>
    Silent,
}
