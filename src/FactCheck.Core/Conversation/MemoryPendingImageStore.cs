using FactCheck.Core.Storage;

namespace FactCheck.Core.Conversation;

/// <summary>Pending images in this process's memory, for a conversation without a store (tests, a host that keeps
/// nothing): the same rules as the shared store's, but a restart forgets them and another process never sees them.</summary>
public sealed class MemoryPendingImageStore : IPendingImageStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<(string Platform, string User), PendingImage> offers = [];

    public Task OfferAsync(string platform, string userId, PendingImage offer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var expired in offers.Where(o => o.Value.Expires <= now).Select(o => o.Key).ToList())
            {
                offers.Remove(expired);
            }

            offers[(platform, userId)] = offer;
        }

        return Task.CompletedTask;
    }

    public Task<PendingImage?> TakeAsync(string platform, string userId, string submitted, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!offers.TryGetValue((platform, userId), out var offer) || offer.Expires <= now)
            {
                offers.Remove((platform, userId));
                return Task.FromResult<PendingImage?>(null);
            }

            if (submitted.Length > 0 && submitted != offer.TipText && submitted != offer.Caption)
            {
                return Task.FromResult<PendingImage?>(null);
            }

            offers.Remove((platform, userId));
            return Task.FromResult<PendingImage?>(offer);
        }
    }

    public Task ForgetAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            offers.Remove((platform, userId));
        }

        return Task.CompletedTask;
    }
}
