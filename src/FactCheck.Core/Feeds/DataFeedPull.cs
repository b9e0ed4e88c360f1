using FactCheck.Core.Import;

namespace FactCheck.Core.Feeds;

/// <summary>A ClaimReview feed: one conditional GET of the URL; a changed body goes through the file importer whole.</summary>
internal static class DataFeedPull
{
    public static async Task RunAsync(FeedPass pass, CancellationToken cancellationToken)
    {
        var url = new Uri(pass.Source.Url!);
        var result = await pass.FetchAsync(url, cancellationToken);
        if (result.Status == FetchStatus.NotModified)
        {
            return;
        }

        if (result.Status != FetchStatus.Ok)
        {
            pass.Report.SourceError = $"{url}: {result.Problem}";
            return;
        }

        var parsed = ClaimFileParser.Parse(result.Body, url.AbsoluteUri);
        if (parsed.FileError is not null)
        {
            pass.Report.SourceError = $"{url}: {parsed.FileError}";
            return;
        }

        await pass.StoreAsync(parsed, url.AbsoluteUri, cancellationToken);
        await pass.RememberAsync(url, result, cancellationToken);
    }
}
