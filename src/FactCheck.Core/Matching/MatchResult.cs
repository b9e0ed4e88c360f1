namespace FactCheck.Core.Matching;

/// <summary>What the matcher found in a message.</summary>
/// <param name="Matches">Each claim once, with its best passage, best first.</param>
/// <param name="UnmatchedPassages">Passages in which no claim reached the suggestion threshold.</param>
/// <param name="PassageCount">Number of passages searched.</param>
public sealed record MatchResult(IReadOnlyList<PassageMatch> Matches, IReadOnlyList<string> UnmatchedPassages, int PassageCount);
