using FactCheck.Telegram.Sending;

namespace FactCheck.Telegram.Tests;

/// <summary>The slots the throttle books: Telegram's per-chat, per-group and overall limits, and retry_after pauses.</summary>
public sealed class OutgoingThrottleTests
{
    private readonly FrozenTime time = new();

    [Fact]
    public void Spaces_messages_to_one_private_chat_a_second_apart()
    {
        var throttle = new OutgoingThrottle(time, SendSpacing.Telegram);

        var waits = Enumerable.Range(0, 3).Select(_ => throttle.Reserve(42)).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits);
    }

    [Fact]
    public void Spaces_messages_to_a_group_three_seconds_apart()
    {
        var throttle = new OutgoingThrottle(time, SendSpacing.Telegram);

        throttle.Reserve(-100);

        Assert.Equal(TimeSpan.FromSeconds(3), throttle.Reserve(-100));
    }

    [Fact]
    public void Keeps_different_chats_under_thirty_messages_a_second_overall()
    {
        var throttle = new OutgoingThrottle(time, SendSpacing.Telegram);

        var waits = Enumerable.Range(1, 60).Select(chat => throttle.Reserve(chat)).ToList();

        Assert.True(waits[^1] >= TimeSpan.FromSeconds(59.0 / 30), $"60 messages booked within {waits[^1]}");
        Assert.True(waits[1] < TimeSpan.FromSeconds(1), "another chat waited as long as the same chat would");
    }

    [Fact]
    public void Holds_a_chat_back_until_retry_after_has_passed()
    {
        var throttle = new OutgoingThrottle(time, SendSpacing.Telegram);

        throttle.Pause(42, TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), throttle.Reserve(42));
        Assert.True(throttle.Reserve(43) < TimeSpan.FromSeconds(1));
    }

    private sealed class FrozenTime : TimeProvider
    {
        private readonly DateTimeOffset now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => now;
    }
}
