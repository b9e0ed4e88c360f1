using FactCheck.Core.Import;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Feeds;

/// <summary>Runs feed sources once each, in turn: fetch, import through the file importer, record state, offer tip answers.</summary>
/// <remarks>A source that fails (unreachable, broken, or an unexpected exception) is recorded with its error and the
/// next source still runs. Nothing here logs; the caller prints or logs the reports, which never carry the API key.</remarks>
public sealed class FeedRunner(FeedOptions options, HttpClient http, HostGate gate, IFeedStateStore state, IClaimStore claims, TimeProvider time, FeedTipSuggester? suggester = null)
{
    /// <summary>One pass over <paramref name="sources"/>; one report per source, in order.</summary>
    public async Task<IReadOnlyList<FeedRunReport>> RunAsync(IEnumerable<FeedSource> sources, CancellationToken cancellationToken)
    {
        var fetcher = new PoliteFetcher(http, options, gate);
        var importer = new ClaimImporter(claims);
        var stored = (await state.ListSourcesAsync(cancellationToken)).ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var reports = new List<FeedRunReport>();
        foreach (var source in sources)
        {
            var pass = new FeedPass(source, options, fetcher, state, importer, time, stored.GetValueOrDefault(source.Name)?.Cursor);
            try
            {
                await (source.ParsedKind switch
                {
                    FeedKind.FactCheckApi => FactCheckApiPull.RunAsync(pass, cancellationToken),
                    FeedKind.ClaimReviewFeed => DataFeedPull.RunAsync(pass, cancellationToken),
                    FeedKind.Sitemap or FeedKind.Rss => ArticleListPull.RunAsync(pass, cancellationToken),
                    _ => throw new InvalidOperationException($"'{source.Kind}' is not a feed kind"),
                });
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The unexpected (a store failure, a bug) stops this source only; its message is kept, minus any key.
                pass.Report.SourceError = Redact($"{e.GetType().Name}: {e.Message}");
            }

            pass.Report.SourceError = pass.Report.SourceError is { } error ? Redact(error) : null;
            await state.SaveRunAsync(source.Name, time.GetUtcNow(), pass.Report.Cursor, pass.Report.SourceError, cancellationToken);
            Hosting.BotMetrics.FeedRan(source.Name, pass.Report.SourceError is null);
            reports.Add(pass.Report);
        }

        if (suggester is not null)
        {
            await suggester.SuggestAsync(reports, cancellationToken);
        }

        return reports;
    }

    /// <summary>Any text with the API key blanked out: a message from below may quote a request.</summary>
    public string Redact(string text) =>
        string.IsNullOrWhiteSpace(options.GoogleApiKey) ? text : text.Replace(options.GoogleApiKey.Trim(), "***", StringComparison.Ordinal);
}
