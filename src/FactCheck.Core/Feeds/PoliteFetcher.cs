using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace FactCheck.Core.Feeds;

/// <summary>GETs pages the way a guest should: robots.txt first, one request per host at a time with a pause between,
/// a User-Agent that says who we are, conditional requests, bounded redirects, a time limit, and a size cap enforced
/// while the body streams in (a 2 GB page costs us at most <see cref="FeedOptions.MaxPageBytes"/>).</summary>
/// <remarks>Retries of 429 and 5xx answers belong to the HttpClient's handler (the host adds them); every problem comes
/// back as a <see cref="FetchResult"/>, never as an exception, except cancellation. No message here carries request
/// headers, so a key sent in one cannot leak. One instance serves one run: it remembers each host's robots.txt.</remarks>
public sealed class PoliteFetcher(HttpClient http, FeedOptions options, HostGate gate)
{
    private readonly Dictionary<string, (RobotsRules Rules, string? Unreachable)> robots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The User-Agent: the product token sites name in robots.txt, and where to reach us.</summary>
    public string UserAgent => string.IsNullOrWhiteSpace(options.ContactUrl)
        ? $"{RobotsRules.ProductToken}/1.0"
        : $"{RobotsRules.ProductToken}/1.0 (+{options.ContactUrl.Trim()})";

    /// <summary>Reads <paramref name="url"/>; with <paramref name="validators"/> the request is conditional.</summary>
    /// <remarks><paramref name="honourRobots"/> is false only for APIs meant for programs (the Fact Check Tools API), not
    /// for web pages; <paramref name="headers"/> (an API key) are never reported anywhere.</remarks>
    public async Task<FetchResult> GetAsync(
        Uri url, ResourceValidators? validators, CancellationToken cancellationToken, bool honourRobots = true, IReadOnlyDictionary<string, string>? headers = null)
    {
        for (var hop = 0; hop <= options.MaxRedirects; hop++)
        {
            if (honourRobots && await RobotsForAsync(url, cancellationToken) is var (rules, unreachable) && !rules.Allows(url))
            {
                // An unreachable robots.txt is a passing failure: the page is tried again by the next run.
                return unreachable is null
                    ? new FetchResult(FetchStatus.Disallowed, url, Problem: "disallowed by robots.txt")
                    : new FetchResult(FetchStatus.Failed, url, Problem: $"robots.txt could not be read ({unreachable}); the site is left alone this run");
            }

            var (result, next) = await SendOnceAsync(url, validators, headers, options.MaxPageBytes, cancellationToken);
            if (next is null)
            {
                return result!;
            }

            url = next;
        }

        return new FetchResult(FetchStatus.Failed, url, Problem: $"more than {options.MaxRedirects} redirects");
    }

    private async Task<(FetchResult? Result, Uri? Redirect)> SendOnceAsync(
        Uri url, ResourceValidators? validators, IReadOnlyDictionary<string, string>? headers, long maxBytes, CancellationToken cancellationToken)
    {
        using var lease = await gate.EnterAsync(url.Authority, cancellationToken);
        // The body gets its own time limit; the headers' wait belongs to the client's handlers, whose retries may
        // rightly wait out a Retry-After longer than one attempt's limit.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("deflate"));
            if (!string.IsNullOrEmpty(validators?.ETag))
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", validators.ETag);
            }

            if (!string.IsNullOrEmpty(validators?.LastModified))
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", validators.LastModified);
            }

            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
            {
                var next = location.IsAbsoluteUri ? location : new Uri(url, location);
                return next.Scheme is "http" or "https"
                    ? (null, next)
                    : (new FetchResult(FetchStatus.Failed, url, Problem: "redirected away from http(s)"), null);
            }

            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return (new FetchResult(FetchStatus.NotModified, url, Validators: validators), null);
            }

            if (!response.IsSuccessStatusCode)
            {
                var kind = status is >= 400 and < 500 and not 408 and not 429 ? FetchStatus.Refused : FetchStatus.Failed;
                return (new FetchResult(kind, url, Problem: $"HTTP {status.ToString(CultureInfo.InvariantCulture)}"), null);
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                return (TooLarge(url, maxBytes), null);
            }

            timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
            var body = await ReadCappedAsync(response.Content, maxBytes, timeout.Token);
            if (body is null)
            {
                return (TooLarge(url, maxBytes), null);
            }

            var found = new ResourceValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
            return (new FetchResult(FetchStatus.Ok, url, body, found), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (new FetchResult(FetchStatus.Failed, url, Problem: $"no answer within {options.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s"), null);
        }
        catch (HttpRequestException e)
        {
            // The message names the failure (connection refused, name not resolved), not the request's headers.
            return (new FetchResult(FetchStatus.Failed, url, Problem: $"network: {e.HttpRequestError}"), null);
        }
        catch (IOException)
        {
            return (new FetchResult(FetchStatus.Failed, url, Problem: "connection lost while reading"), null);
        }
        catch (InvalidDataException)
        {
            return (new FetchResult(FetchStatus.Failed, url, Problem: "broken compressed body"), null);
        }
        catch (Exception e) when (e.GetType().Name == "TimeoutRejectedException")
        {
            // The host's retry handler (Polly, which the core does not reference) gave up on an attempt's time limit.
            return (new FetchResult(FetchStatus.Failed, url, Problem: $"no answer within {options.TimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s"), null);
        }
    }

    private static FetchResult TooLarge(Uri url, long maxBytes) =>
        new(FetchStatus.TooLarge, url, Problem: $"larger than {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes (Feeds:MaxPageBytes)");

    /// <summary>The body, or null as soon as it passes <paramref name="maxBytes"/>: never read whole first.</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private async Task<(RobotsRules Rules, string? Unreachable)> RobotsForAsync(Uri url, CancellationToken cancellationToken)
    {
        var key = url.GetLeftPart(UriPartial.Authority);
        if (robots.TryGetValue(key, out var known))
        {
            return known;
        }

        var (result, _) = await SendOnceAsync(new Uri(key + "/robots.txt"), null, null, 512 * 1024, cancellationToken);

        // RFC 9309: no robots.txt (4xx) allows everything; an unreachable one (5xx, network) means "stay out" for now.
        (RobotsRules, string?) rules = result?.Status switch
        {
            null => (RobotsRules.AllowAll, null), // a redirected robots.txt: RFC 9309 lets us treat it as absent
            FetchStatus.Ok => (RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(result.Body!)), null),
            FetchStatus.Refused or FetchStatus.TooLarge => (RobotsRules.AllowAll, null),
            _ => (RobotsRules.DisallowAll, result.Problem),
        };
        robots[key] = rules;
        return rules;
    }
}
