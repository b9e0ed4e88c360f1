namespace FactCheck.Core.Checking;

/// <summary>The platform-neutral answer to a check: matched claims, and what matched nothing.</summary>
/// <param name="UiLanguage">Language of the interface text of the reply ("en" or "id").</param>
/// <param name="Note">A remark about the input (empty, nothing to check, truncated).</param>
/// <param name="Matches">Matched claims, confident replies first, then suggestions, each claim once.</param>
/// <param name="UnmatchedPassages">Passages that matched no claim at all.</param>
/// <param name="PassageCount">How many passages the message was split into.</param>
public sealed record CheckReport(
    string UiLanguage,
    InputNote Note,
    IReadOnlyList<ClaimMatch> Matches,
    IReadOnlyList<string> UnmatchedPassages,
    int PassageCount)
{
    /// <summary>True when at least one claim is confidently matched.</summary>
    public bool HasReply => Matches.Any(m => m.Decision == MatchDecision.Reply);

    /// <summary>True when nothing at all was found (neither reply nor suggestion).</summary>
    public bool IsNoMatch => Matches.Count == 0;
}
