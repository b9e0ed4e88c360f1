namespace FactCheck.Core.Tips;

/// <summary>What a submission did: created a tip, or joined an existing one.</summary>
/// <param name="Status">Whether the submission was stored, and how.</param>
/// <param name="TipId">The tip the asker now belongs to; 0 when nothing was stored.</param>
/// <param name="AskCount">The tip's ask count after the submission.</param>
/// <param name="OptedOut">True when the asker has turned notifications off (/notify off): they will not be told the verdict.</param>
public sealed record SubmitResult(SubmitStatus Status, long TipId, int AskCount, bool OptedOut = false);
