namespace FactCheck.Core.Tips.Outbox;

/// <summary>How long an instance holds the outbox rows it took for delivery. Others skip them meanwhile; once it runs
/// out (the instance crashed or hung) any instance takes them again. Longer than one delivery pass takes.</summary>
public sealed record OutboxLease(TimeSpan Duration)
{
    /// <summary>Two minutes: a pass of 50 rows at Telegram's pace takes seconds; a crashed instance's rows wait this long.</summary>
    public static OutboxLease Default { get; } = new(TimeSpan.FromMinutes(2));
}
