using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Import;

namespace FactCheck.Core.Feeds;

/// <summary>Google Fact Check Tools `claims:search`: every page of the answer, following `nextPageToken`.</summary>
/// <remarks>The key travels in the `x-goog-api-key` header, never in the URL, so no URL this code prints, stores or puts
/// in an error can carry it. The query stays the same from run to run (the configured MaxAgeDays, not narrowed to the
/// cursor), so that each page's validators apply to the next run's request and an unchanged answer costs a 304.</remarks>
internal static class FactCheckApiPull
{
    /// <summary>Header Google's APIs read a key from.</summary>
    public const string KeyHeader = "x-goog-api-key";

    // A server that keeps answering with a next page must not keep a run going for ever.
    private const int MaxPages = 50;
    private const int PageSize = 100;

    public static async Task RunAsync(FeedPass pass, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(pass.Options.GoogleApiKey))
        {
            pass.Report.SourceError = "no API key: set Feeds__GoogleApiKey in the environment";
            return;
        }

        var headers = new Dictionary<string, string> { [KeyHeader] = pass.Options.GoogleApiKey.Trim() };
        string? token = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; page <= MaxPages; page++)
        {
            var url = PageUrl(pass, token);
            var result = await pass.FetchAsync(url, cancellationToken, honourRobots: false, headers);
            if (result.Status == FetchStatus.NotModified)
            {
                return;
            }

            if (result.Status != FetchStatus.Ok)
            {
                pass.Report.SourceError = $"page {page.ToString(CultureInfo.InvariantCulture)}: {result.Problem}";
                return;
            }

            var where = $"page {page.ToString(CultureInfo.InvariantCulture)}";
            if (!TryRead(result.Body!, out var hasClaims, out var next))
            {
                pass.Report.SourceError = $"{where}: not a JSON answer";
                return;
            }

            if (hasClaims)
            {
                var parsed = ClaimFileParser.Parse(result.Body, $"{pass.Source.Name} {where}");
                if (parsed.FileError is not null)
                {
                    pass.Report.SourceError = $"{where}: {parsed.FileError}";
                    return;
                }

                await pass.StoreAsync(parsed, where, cancellationToken);
            }

            await pass.RememberAsync(url, result, cancellationToken);
            token = next;
            if (token is null || !seen.Add(token))
            {
                return;
            }
        }

        pass.Report.Errors.Add($"stopped after {MaxPages.ToString(CultureInfo.InvariantCulture)} pages; the next run goes on");
    }

    private static Uri PageUrl(FeedPass pass, string? pageToken)
    {
        var source = pass.Source;
        var query = new List<string>();
        Add(query, "query", source.Query);
        Add(query, "reviewPublisherSiteFilter", source.PublisherSite);
        Add(query, "languageCode", source.LanguageCode);
        if (source.MaxAgeDays is { } days)
        {
            Add(query, "maxAgeDays", days.ToString(CultureInfo.InvariantCulture));
        }

        Add(query, "pageSize", PageSize.ToString(CultureInfo.InvariantCulture));
        Add(query, "pageToken", pageToken);
        var baseUrl = source.Url ?? FeedOptions.GoogleClaimSearchUrl;
        var separator = baseUrl.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return new Uri(baseUrl + separator + string.Join('&', query));
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add(name + "=" + Uri.EscapeDataString(value.Trim()));
        }
    }

    /// <summary>Whether the page has claims, and its next page's token; false when the body is not a JSON object.</summary>
    private static bool TryRead(byte[] body, out bool hasClaims, out string? nextPageToken)
    {
        (hasClaims, nextPageToken) = (false, null);
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            hasClaims = root.TryGetProperty("claims", out var claims) && claims.ValueKind == JsonValueKind.Array && claims.GetArrayLength() > 0;
            nextPageToken = root.TryGetProperty("nextPageToken", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() is { Length: > 0 } s ? s : null;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
