namespace FactCheck.Core.Conversation.Commands;

/// <summary>/stats [DAYS]: checks and tips of the last days (7 unless a number from 1 to 3650 is given).</summary>
public sealed record Stats(int Days) : ChatCommand
{
    public const int DefaultDays = 7;

    public override string Name => "stats";

    public override bool ForReviewers => true;
}
