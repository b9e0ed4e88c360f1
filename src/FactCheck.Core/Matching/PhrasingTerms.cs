namespace FactCheck.Core.Matching;

/// <summary>The analysed terms of one phrasing of a claim, in the field of its language.</summary>
/// <param name="FieldIndex">The language field (<see cref="LanguageAnalyzers.Fields"/>).</param>
/// <param name="Terms">The distinct analysed terms.</param>
/// <param name="Pairs">Each two terms that follow each other in the phrasing (its distinct terms in order of first use).</param>
/// <param name="Weight">The sum of the terms' weights in the index state that read them (0 until weighed).</param>
internal sealed record PhrasingTerms(int FieldIndex, HashSet<string> Terms, HashSet<(string, string)> Pairs, double Weight = 0);
