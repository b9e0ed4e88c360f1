using System.Globalization;
using FactCheck.Core.Import;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Feeds;

/// <summary>One pass over one source: its fetcher, the stores, and the report the pass fills.</summary>
internal sealed class FeedPass(FeedSource source, FeedOptions options, PoliteFetcher fetcher, IFeedStateStore state, ClaimImporter importer, TimeProvider time, string? cursor)
{
    public FeedSource Source { get; } = source;

    public FeedOptions Options { get; } = options;

    public PoliteFetcher Fetcher { get; } = fetcher;

    public IFeedStateStore State { get; } = state;

    public TimeProvider Time { get; } = time;

    /// <summary>The cursor stored by the previous run (the newest date read then), or null on a first run.</summary>
    public string? PreviousCursor { get; } = cursor;

    public FeedRunReport Report { get; } = new(source.Name, source.ParsedKind ?? FeedKind.Sitemap);

    /// <summary>Reads <paramref name="url"/> conditionally with the validators kept from its last read, counting the outcome.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken, bool honourRobots = true, IReadOnlyDictionary<string, string>? headers = null)
    {
        var known = await State.GetResourceAsync(Source.Name, url.AbsoluteUri, cancellationToken);
        var result = await Fetcher.GetAsync(url, known?.Validators, cancellationToken, honourRobots, headers);
        switch (result.Status)
        {
            case FetchStatus.Ok:
                Report.Fetched++;
                break;
            case FetchStatus.NotModified:
                Report.NotModified++;
                break;
        }

        return result;
    }

    /// <summary>Remembers the validators of a body that was read and handled, so the next run asks conditionally.</summary>
    public Task RememberAsync(Uri url, FetchResult result, CancellationToken cancellationToken) =>
        State.SaveResourceAsync(Source.Name, url.AbsoluteUri, result.Validators ?? new ResourceValidators(null, null), Time.GetUtcNow(), cancellationToken);

    /// <summary>Stores a parsed body through the file importer (so a claim read twice changes nothing) and counts it.</summary>
    public async Task StoreAsync(ParsedFile parsed, string where, CancellationToken cancellationToken)
    {
        var stored = await importer.StoreAsync(parsed, cancellationToken);
        Report.Count(stored, where);
        if (stored.Added + stored.Updated > 0)
        {
            Report.ChangedClaimIds.UnionWith(parsed.Claims.Select(c => c.Id));
        }

        foreach (var date in parsed.Claims.SelectMany(c => c.Reviews).Select(r => r.PublishedOn).OfType<DateOnly>())
        {
            Advance(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Moves the cursor forward to <paramref name="isoDate"/> when it is newer; ISO dates sort as text.</summary>
    public void Advance(string isoDate)
    {
        var current = Report.Cursor ?? PreviousCursor;
        if (current is null || string.CompareOrdinal(isoDate, current) > 0)
        {
            Report.Cursor = isoDate;
        }
    }
}
