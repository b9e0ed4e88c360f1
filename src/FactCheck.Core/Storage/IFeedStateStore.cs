using FactCheck.Core.Feeds;

namespace FactCheck.Core.Storage;

/// <summary>What the feeds remember between runs: each source's last run, cursor and error, each fetched address's
/// validators (for conditional requests), and the tip answers suggested to the reviewers.</summary>
public interface IFeedStateStore
{
    /// <summary>Every source that has run at least once, by name.</summary>
    Task<IReadOnlyList<FeedSourceState>> ListSourcesAsync(CancellationToken cancellationToken);

    /// <summary>Records a run: its time, the cursor when it moved (null keeps the stored one), and its error (<paramref name="lastError"/>; null clears it).</summary>
    Task SaveRunAsync(string source, DateTimeOffset at, string? cursor, string? lastError, CancellationToken cancellationToken);

    /// <summary>What is known of <paramref name="url"/> as read for <paramref name="source"/>, or null when it was never read.</summary>
    Task<FeedResourceState?> GetResourceAsync(string source, string url, CancellationToken cancellationToken);

    /// <summary>Remembers that <paramref name="url"/> was read (or found unchanged) at <paramref name="at"/>, with its validators.</summary>
    Task SaveResourceAsync(string source, string url, ResourceValidators validators, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Stores a suggested answer to an open tip; false when that tip was already offered that claim.</summary>
    Task<bool> AddSuggestionAsync(FeedSuggestion suggestion, CancellationToken cancellationToken);

    /// <summary>Suggestions whose tip is still open, newest first.</summary>
    Task<IReadOnlyList<FeedSuggestion>> ListOpenSuggestionsAsync(int limit, CancellationToken cancellationToken);
}
