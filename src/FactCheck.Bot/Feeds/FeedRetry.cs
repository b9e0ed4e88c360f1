using Microsoft.Extensions.Http.Resilience;

namespace FactCheck.Bot.Feeds;

/// <summary>Which failed feed requests are retried: the transient ones (429, 5xx, 408, network, an attempt's timeout),
/// unless the server asks for a wait longer than `Feeds:MaxRetryAfterSeconds`: that one fails now and the next run retries.</summary>
internal static class FeedRetry
{
    public static bool ShouldRetry(Polly.Outcome<HttpResponseMessage> outcome, TimeSpan maxRetryAfter, TimeProvider time) =>
        HttpClientResiliencePredicates.IsTransient(outcome) && !(outcome.Result is { } response && RetryAfter(response, time) > maxRetryAfter);

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => null,
        };

}
