namespace FactCheck.Core.Tips;

/// <summary>A reviewer's fact-check for a tip, stored as a ClaimReview.</summary>
/// <param name="RatingText">The rating words exactly as the reviewer wrote them ("Salah", "False", "Missing context").</param>
/// <param name="Url">The published fact-check article (http or https).</param>
/// <param name="Publisher">The organisation publishing it.</param>
/// <param name="Summary">A short explanation, optional.</param>
public sealed record TipVerdict(string RatingText, string Url, string Publisher, string? Summary = null);
