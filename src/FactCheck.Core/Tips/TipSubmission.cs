namespace FactCheck.Core.Tips;

/// <summary>A message a user asks the reviewers to check.</summary>
/// <param name="Text">The message text; the only text the tipline ever stores.</param>
/// <param name="Asker">Who submits it.</param>
public sealed record TipSubmission(string Text, Asker Asker);
