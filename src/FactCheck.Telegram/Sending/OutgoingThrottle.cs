namespace FactCheck.Telegram.Sending;

/// <summary>Spaces outgoing requests to stay inside Telegram's limits: ~1 a second per chat, 20 a minute per group, ~30 a second overall.</summary>
internal sealed class OutgoingThrottle(TimeProvider time, SendSpacing spacing)
{
    private const int PruneAbove = 10_000;

    private readonly Lock gate = new();
    private readonly Dictionary<long, DateTimeOffset> nextPerChat = [];
    private DateTimeOffset nextGlobal = DateTimeOffset.MinValue;

    /// <summary>Waits until a request to <paramref name="chatId"/> (null: not tied to a chat) may go out, and books its slot.</summary>
    public async Task WaitAsync(long? chatId, CancellationToken cancellationToken)
    {
        var delay = Reserve(chatId);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>Books the next free slot for a request to <paramref name="chatId"/> and returns how long to wait for it.</summary>
    public TimeSpan Reserve(long? chatId)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();

            // The overall budget is booked from now, not from a chat's later slot: one slow or paused chat
            // must not hold every other chat back. Approximate, which is fine: Telegram's overall limit is soft.
            var slot = Max(now, nextGlobal);
            nextGlobal = slot + spacing.Global;
            if (chatId is { } chat)
            {
                if (nextPerChat.TryGetValue(chat, out var chatNext))
                {
                    slot = Max(slot, chatNext);
                }

                if (nextPerChat.Count > PruneAbove)
                {
                    Prune(now);
                }

                // Negative ids are groups, supergroups and channels, whose limit is 20 messages a minute.
                nextPerChat[chat] = slot + (chat < 0 ? spacing.GroupChat : spacing.PrivateChat);
            }

            return slot - now;
        }
    }

    /// <summary>Holds every request to a chat back until Telegram's retry_after has passed.</summary>
    public void Pause(long? chatId, TimeSpan wait)
    {
        lock (gate)
        {
            var until = time.GetUtcNow() + wait;
            if (chatId is { } chat)
            {
                nextPerChat[chat] = Max(until, nextPerChat.GetValueOrDefault(chat, DateTimeOffset.MinValue));
            }
            else
            {
                nextGlobal = Max(until, nextGlobal);
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var chat in nextPerChat.Where(p => p.Value < now).Select(p => p.Key).ToList())
        {
            nextPerChat.Remove(chat);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
