using FactCheck.Core.Claims;
using FactCheck.Core.Conversation;
using FactCheck.Core.Checking;

namespace FactCheck.Bot.Tests.Surfaces;

/// <summary>What an answer means, whatever its formatting: its kind, language, the claims it cites (with the verdicts
/// of confident matches) and what it offers.</summary>
internal sealed record Meaning(AnswerKind Kind, string Language, string Claims, string Verdicts, bool OffersSubmit, string? Command)
{
    public static Meaning Of(Answer answer) => new(
        answer.Kind,
        answer.Language,
        string.Join(",", answer.ClaimIds),
        string.Join(",", answer.Report?.Matches.Where(m => m.Decision == MatchDecision.Reply).SelectMany(m => m.Claim.Reviews).Select(r => r.Verdict) ?? Enumerable.Empty<Verdict>()),
        answer.OffersSubmit,
        answer.Command);
}
