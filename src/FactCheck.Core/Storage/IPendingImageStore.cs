namespace FactCheck.Core.Storage;

/// <summary>Each user's image offered to the reviewers and not yet submitted, in the store that every instance shares,
/// so that /submit (or the button) submits it whichever instance it reaches, and after a restart.</summary>
/// <remarks>One offer per (platform, user): a later one replaces it. An offer holds no image bytes, only the platform's
/// reference to the image and what was read of it (an image is stored only once submitted).</remarks>
public interface IPendingImageStore
{
    /// <summary>Keeps <paramref name="offer"/> as the user's pending image, replacing an earlier one, and drops every
    /// offer expired by <paramref name="now"/>.</summary>
    Task OfferAsync(string platform, string userId, PendingImage offer, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes out the user's offer if it has not expired by <paramref name="now"/> and <paramref name="submitted"/>
    /// means it (empty, its tip text or its caption); null otherwise, leaving an offer the text does not mean in place.
    /// Of callers racing for one offer, exactly one gets it.</summary>
    Task<PendingImage?> TakeAsync(string platform, string userId, string submitted, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Drops the user's offer, if any.</summary>
    Task ForgetAsync(string platform, string userId, CancellationToken cancellationToken);
}
