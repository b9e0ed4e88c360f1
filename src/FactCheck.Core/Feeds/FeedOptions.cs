namespace FactCheck.Core.Feeds;

/// <summary>The `Feeds` section: the sources and the rules of polite fetching shared by all of them.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>Google's endpoint, used when a FactCheckApi source names no Url.</summary>
    public const string GoogleClaimSearchUrl = "https://factchecktools.googleapis.com/v1alpha1/claims:search";

    public List<FeedSource> Sources { get; set; } = [];

    /// <summary>The least time between two requests to one host; requests to one host never overlap.</summary>
    public int MinDelayMsPerHost { get; set; } = 1000;

    /// <summary>A page where a site's operator can reach whoever runs this bot; sent in the User-Agent.</summary>
    public string? ContactUrl { get; set; }

    /// <summary>A response whose (decompressed) body grows past this is refused while it streams in.</summary>
    public long MaxPageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Time allowed to one request, its body included.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public int MaxRedirects { get; set; } = 5;

    /// <summary>Retries of one request after a 429, a 5xx or a network failure.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>A Retry-After longer than this is not waited out inside a run: the request fails and the next run tries again.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 120;

    /// <summary>Article pages read per source and run at most, so a first run over a large sitemap stays bounded; the rest
    /// are read by the following runs.</summary>
    public int MaxArticlesPerRun { get; set; } = 200;

    /// <summary>The Fact Check Tools API key. Only from the environment (`Feeds__GoogleApiKey`); never logged or printed.</summary>
    public string? GoogleApiKey { get; set; }

    /// <summary>The first configuration mistake, as one line, or null.</summary>
    public string? FirstProblem()
    {
        if (MinDelayMsPerHost < 0 || MaxPageBytes <= 0 || TimeoutSeconds <= 0 || MaxRedirects < 0 || MaxRetries < 0 || MaxArticlesPerRun <= 0)
        {
            return "Feeds: MinDelayMsPerHost, MaxRedirects and MaxRetries must not be negative; MaxPageBytes, TimeoutSeconds and MaxArticlesPerRun must be positive.";
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Sources.Count; i++)
        {
            var source = Sources[i];
            if (string.IsNullOrWhiteSpace(source.Name) || !names.Add(source.Name))
            {
                return $"Feeds:Sources:{i}:Name is missing or used twice.";
            }

            if (source.IntervalMinutes <= 0)
            {
                return $"Feeds:Sources:{i}:IntervalMinutes must be positive.";
            }

            if (source.ParsedKind is not { } kind)
            {
                return $"Feeds:Sources:{i}:Kind must be Sitemap, Rss, ClaimReviewFeed or FactCheckApi.";
            }

            var url = source.Url ?? (kind == FeedKind.FactCheckApi ? GoogleClaimSearchUrl : null);
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return $"Feeds:Sources:{i}:Url must be an http or https URL.";
            }

            if (kind == FeedKind.FactCheckApi && string.IsNullOrWhiteSpace(source.Query) && string.IsNullOrWhiteSpace(source.PublisherSite))
            {
                return $"Feeds:Sources:{i} (FactCheckApi) needs a Query or a PublisherSite.";
            }
        }

        return null;
    }
}
