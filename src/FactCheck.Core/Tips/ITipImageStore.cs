namespace FactCheck.Core.Tips;

/// <summary>The images of tips submitted as images (SQLite migration 0008): stored only when a user submits one, deleted
/// with the tip, and by the submitter's /forget.</summary>
public interface ITipImageStore
{
    /// <summary>Keeps <paramref name="image"/> as the tip's image, submitted by the user; a tip keeps its first image.</summary>
    Task SaveAsync(long tipId, string platform, string userId, TipImage image, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The tip's image, or null (none, or deleted by /forget).</summary>
    Task<TipImage?> GetAsync(long tipId, CancellationToken cancellationToken);

    /// <summary>Deletes every image the user submitted; the number deleted.</summary>
    Task<int> ForgetUserAsync(string platform, string userId, CancellationToken cancellationToken);
}
