using System.Globalization;
using FactCheck.Core.Import;

namespace FactCheck.Core.Feeds;

/// <summary>A sitemap or an RSS/Atom feed: reads the list conditionally, then each new or changed article page, newest first.</summary>
/// <remarks>An article already read is read again only when the list gives it a later date than our last read (and then
/// conditionally). The list's validators are kept only once every article it named was handled for good, so a page that
/// failed for a passing reason (a 503, a timeout, the per-run budget) is tried again by the next run.</remarks>
internal static class ArticleListPull
{
    private const int MaxSitemaps = 20;

    public static async Task RunAsync(FeedPass pass, CancellationToken cancellationToken)
    {
        var root = new Uri(pass.Source.Url!);
        var pending = new Queue<Uri>([root]);
        var lists = new List<(Uri Url, FetchResult Result)>();
        var articles = new List<ArticleLink>();
        var complete = true;
        while (pending.TryDequeue(out var listUrl) && lists.Count < MaxSitemaps)
        {
            var result = await pass.FetchAsync(listUrl, cancellationToken);
            if (result.Status == FetchStatus.NotModified)
            {
                continue;
            }

            var list = result.Status == FetchStatus.Ok ? ArticleListReader.Read(result.Body!, listUrl) : null;
            var problem = result.Status == FetchStatus.Ok ? list!.Problem : result.Problem;
            if (problem is not null)
            {
                if (listUrl == root)
                {
                    pass.Report.SourceError = $"{listUrl}: {problem}";
                    return;
                }

                pass.Report.Errors.Add($"{listUrl}: {problem}");
                complete &= !result.IsTransient;
                continue;
            }

            lists.Add((listUrl, result));
            articles.AddRange(list!.Articles);
            foreach (var child in list.Sitemaps)
            {
                pending.Enqueue(child);
            }
        }

        complete &= await ReadArticlesAsync(pass, articles, cancellationToken);
        if (complete)
        {
            foreach (var (url, result) in lists)
            {
                await pass.RememberAsync(url, result, cancellationToken);
            }
        }
    }

    /// <summary>Reads the articles that need reading; false when some are left for the next run.</summary>
    private static async Task<bool> ReadArticlesAsync(FeedPass pass, List<ArticleLink> articles, CancellationToken cancellationToken)
    {
        var complete = true;
        var budget = pass.Options.MaxArticlesPerRun;
        var left = 0;
        foreach (var article in articles.DistinctBy(a => a.Url.AbsoluteUri).OrderByDescending(a => a.Modified ?? DateTimeOffset.MinValue))
        {
            var known = await pass.State.GetResourceAsync(pass.Source.Name, article.Url.AbsoluteUri, cancellationToken);
            if (known is not null && (article.Modified is null || article.Modified <= known.FetchedAt))
            {
                continue;
            }

            if (budget-- <= 0)
            {
                left++;
                continue;
            }

            var result = await pass.FetchAsync(article.Url, cancellationToken);
            switch (result.Status)
            {
                case FetchStatus.Ok:
                    await ImportPageAsync(pass, article, result.Body!, cancellationToken);
                    await pass.RememberAsync(article.Url, result, cancellationToken);
                    break;
                case FetchStatus.NotModified:
                    await pass.RememberAsync(article.Url, result, cancellationToken);
                    break;
                case FetchStatus.Disallowed:
                    // Remembered like a page read, so that a site's disallowed pages cannot use up every run's budget.
                    pass.Report.Skipped.Add($"{article.Url}: {result.Problem}");
                    await pass.RememberAsync(article.Url, result, cancellationToken);
                    break;
                case FetchStatus.Refused or FetchStatus.TooLarge:
                    // For good: not asked again until the list dates the article anew.
                    pass.Report.Errors.Add($"{article.Url}: {result.Problem}");
                    await pass.RememberAsync(article.Url, result, cancellationToken);
                    break;
                default:
                    pass.Report.Errors.Add($"{article.Url}: {result.Problem}");
                    complete = false;
                    break;
            }

            if (article.Modified is { } modified)
            {
                pass.Advance(modified.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }
        }

        pass.Report.Deferred = left;

        return complete && left == 0;
    }

    /// <summary>The page's ClaimReview JSON-LD through the file importer; without any, a rating tag in its headline.</summary>
    private static async Task ImportPageAsync(FeedPass pass, ArticleLink article, byte[] body, CancellationToken cancellationToken)
    {
        var where = article.Url.AbsoluteUri;
        var parsed = ClaimFileParser.Parse(body, where);
        if (parsed.FileError is null)
        {
            await pass.StoreAsync(parsed, where, cancellationToken);
            return;
        }

        var html = TextDecoder.Decode(body, out _);
        if (html is null || !html.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal))
        {
            pass.Report.Rejected.Add($"{where}: {parsed.FileError}");
            return;
        }

        var claim = HeadlineClaimReader.Read(html, article.Url, article.Modified, out var reason);
        if (claim is null)
        {
            pass.Report.Rejected.Add($"{where}: {reason}");
            return;
        }

        await pass.StoreAsync(new ParsedFile(where, "headline rating tag", [claim], []), where, cancellationToken);
    }
}
