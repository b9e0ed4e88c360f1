namespace FactCheck.Core.Matching;

/// <summary>A message made comparable: NFKC, case-folded, invisible characters removed, URLs set aside.</summary>
/// <param name="Text">The readable text, URLs replaced by a space.</param>
/// <param name="Urls">Canonical forms of the URLs found, in order, without duplicates.</param>
public sealed record NormalizedText(string Text, IReadOnlyList<string> Urls);
