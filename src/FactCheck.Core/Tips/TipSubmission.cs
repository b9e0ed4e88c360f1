namespace FactCheck.Core.Tips;

/// <summary>A message a user asks the reviewers to check.</summary>
/// <param name="Text">The message text; the only text the tipline ever stores.</param>
/// <param name="Asker">Who submits it.</param>
public sealed record TipSubmission(string Text, Asker Asker)
{
    /// <summary>The image submitted (the tip's text is then what was read from it, or a line naming it).</summary>
    public TipImage? Image { get; init; }
}
