namespace FactCheck.Core.Feeds;

/// <summary>One configured source (`Feeds:Sources:N`): where it is, what it serves and how often it is read.</summary>
public sealed class FeedSource
{
    /// <summary>Unique name; the key of the source's cursor and state in the store.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>As configured: Sitemap, Rss, ClaimReviewFeed or FactCheckApi, in any case. Bound as text, so that a
    /// mistake stops the host with one line from the validator instead of a binder exception.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The kind <see cref="Kind"/> names, or null when it names none.</summary>
    public FeedKind? ParsedKind =>
        Kind is { Length: > 0 } text && !text.Trim().All(char.IsAsciiDigit) && Enum.TryParse<FeedKind>(text.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : null;

    /// <summary>The list, feed or API endpoint. For <see cref="FeedKind.FactCheckApi"/> it defaults to Google's and is
    /// overridable (tests point it at a fake server).</summary>
    public string? Url { get; set; }

    public int IntervalMinutes { get; set; } = 60;

    /// <summary>FactCheckApi: the text searched for (either this or <see cref="PublisherSite"/>).</summary>
    public string? Query { get; set; }

    /// <summary>FactCheckApi: only this publisher's reviews ("turnbackhoax.id").</summary>
    public string? PublisherSite { get; set; }

    /// <summary>FactCheckApi: BCP-47 language of the reviews ("id", "en").</summary>
    public string? LanguageCode { get; set; }

    /// <summary>FactCheckApi: only reviews at most this many days old.</summary>
    public int? MaxAgeDays { get; set; }
}
