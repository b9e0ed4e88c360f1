using System.Diagnostics.CodeAnalysis;

namespace FactCheck.Discord.Tips;

/// <summary>The DM channel id of each user the bot has notified, so only a user's first notification opens their DM.</summary>
/// <remarks>Discord keeps a DM channel's id for good, but the caller forgets one Discord no longer accepts. Bounded: past
/// the capacity the least recently stored user goes, and is simply opened again when next notified.</remarks>
internal sealed class DmChannelCache(int capacity = DmChannelCache.DefaultCapacity)
{
    /// <summary>Enough for the askers of a busy day; an entry is two short strings.</summary>
    public const int DefaultCapacity = 4096;

    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<(string UserId, string ChannelId)>> byUser = [];
    private readonly LinkedList<(string UserId, string ChannelId)> order = new();

    /// <summary>How many users' channels are remembered.</summary>
    public int Count
    {
        get { lock (gate) { return byUser.Count; } }
    }

    public bool TryGet(string userId, [NotNullWhen(true)] out string? channelId)
    {
        lock (gate)
        {
            channelId = byUser.TryGetValue(userId, out var node) ? node.Value.ChannelId : null;
            return channelId is not null;
        }
    }

    public void Remember(string userId, string channelId)
    {
        lock (gate)
        {
            if (byUser.Remove(userId, out var old))
            {
                order.Remove(old);
            }

            byUser[userId] = order.AddLast((userId, channelId));
            while (byUser.Count > capacity && order.First is { } oldest)
            {
                order.RemoveFirst();
                byUser.Remove(oldest.Value.UserId);
            }
        }
    }

    public void Forget(string userId)
    {
        lock (gate)
        {
            if (byUser.Remove(userId, out var node))
            {
                order.Remove(node);
            }
        }
    }
}
