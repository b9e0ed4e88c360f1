using FactCheck.Core.Tips;

namespace FactCheck.Core.Conversation.Commands;

/// <summary>/publish: a reviewer's verdict for a tip; null parts when they could not be read (the answer is the usage).</summary>
public sealed record Publish(long? TipId, TipVerdict? Verdict) : ChatCommand
{
    public override string Name => "publish";

    public override bool ForReviewers => true;
}
