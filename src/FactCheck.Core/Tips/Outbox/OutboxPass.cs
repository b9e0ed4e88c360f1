namespace FactCheck.Core.Tips.Outbox;

/// <summary>What one delivery pass did.</summary>
/// <param name="Sent">Delivered and marked sent.</param>
/// <param name="Dropped">Undeliverable or without a stored claim; marked so they are not tried again.</param>
/// <param name="Deferred">True when the platform asked to wait: the rest stays pending for a later pass.</param>
public sealed record OutboxPass(int Sent, int Dropped, bool Deferred)
{
    /// <summary>True when the pass changed nothing and need not be repeated at once.</summary>
    public bool Idle => Sent == 0 && Dropped == 0;
}
