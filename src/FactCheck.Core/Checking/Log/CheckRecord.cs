namespace FactCheck.Core.Checking.Log;

/// <summary>One user-requested check as kept for statistics: never its text, only a one-way hash of it.</summary>
/// <param name="At">When it was checked.</param>
/// <param name="Platform">Where it was asked ("telegram", "discord", "console").</param>
/// <param name="TextHash">SHA-256 of the normalised words (<see cref="Tips.TipText.Hash"/>): counts repeats of a message without keeping it.</param>
/// <param name="Outcome">What the check found.</param>
/// <param name="ClaimIds">The confidently matched claims, best first.</param>
public sealed record CheckRecord(DateTimeOffset At, string Platform, string TextHash, CheckOutcome Outcome, IReadOnlyList<string> ClaimIds)
{
    /// <summary>The record of <paramref name="report"/> for the text that was checked.</summary>
    public static CheckRecord Of(CheckReport report, string text, string platform, DateTimeOffset at)
    {
        var outcome = report.Note is InputNote.Empty or InputNote.NothingToCheck ? CheckOutcome.NothingToCheck
            : report.HasReply ? CheckOutcome.Reply
            : report.IsNoMatch ? CheckOutcome.NoMatch
            : CheckOutcome.Suggest;
        var claims = report.Matches.Where(m => m.Decision == MatchDecision.Reply).Select(m => m.Claim.Id).ToList();
        return new CheckRecord(at, platform, Tips.TipText.Of(text).Hash, outcome, claims);
    }
}
