namespace FactCheck.Core.Matching;

/// <summary>The analysed terms of one phrasing of a claim, in the field of its language.</summary>
internal sealed record PhrasingTerms(int FieldIndex, HashSet<string> Terms);
