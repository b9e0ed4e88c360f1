using System.Net;
using FactCheck.Core.Checking;
using FactCheck.Core.Feeds;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace FactCheck.Bot.Feeds;

/// <summary>Registers the feeds: options (the API key from the environment only), the HTTP client with retries, the
/// runner and the background service that runs each source every `IntervalMinutes`.</summary>
internal static class FeedHosting
{
    public const string ClientName = "feeds";

    /// <summary>The environment variable holding the Fact Check Tools API key.</summary>
    public const string ApiKeyVariable = "Feeds__GoogleApiKey";

    public static IHostApplicationBuilder AddFeeds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeedOptions>()
            .BindConfiguration(FeedOptions.Section)
            // A key written into appsettings.json would end up in a repository: only the environment's counts.
            .PostConfigure(o => o.GoogleApiKey = Environment.GetEnvironmentVariable(ApiKeyVariable))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<FeedOptions>, FeedOptionsValidator>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new HostGate(
            TimeSpan.FromMilliseconds(sp.GetRequiredService<IOptions<FeedOptions>>().Value.MinDelayMsPerHost), sp.GetRequiredService<TimeProvider>()));

        builder.Services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The factory's own request logging prints header values as "*" but hands them raw to the log's structured
            // state, where a JSON or OpenTelemetry sink would write the API key out (a test caught it): no such logging.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
                // Redirects are followed by PoliteFetcher, each hop through robots.txt and the host's turn, and bounded.
                AllowAutoRedirect = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddResilienceHandler("feeds", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<FeedOptions>>().Value;
                var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
                var maxRetryAfter = TimeSpan.FromSeconds(options.MaxRetryAfterSeconds);
                if (options.MaxRetries > 0)
                {
                    pipeline.AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = options.MaxRetries,
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromSeconds(1),
                        ShouldRetryAfterHeader = true,
                        ShouldHandle = args => ValueTask.FromResult(FeedRetry.ShouldRetry(args.Outcome, maxRetryAfter, time)),
                    });
                }

                // Per attempt, inside the retries: a slow first try does not use up the time of the next.
                pipeline.AddTimeout(TimeSpan.FromSeconds(options.TimeoutSeconds));
            });

        builder.Services.AddSingleton<IReviewerAnnouncer>(sp => sp.GetRequiredService<ReviewerNotices>());
        builder.Services.AddSingleton(sp => new FeedTipSuggester(
            sp.GetRequiredService<ITipStore>(),
            sp.GetRequiredService<CheckService>(),
            sp.GetRequiredService<IFeedStateStore>(),
            sp.GetRequiredService<IReviewerAnnouncer>(),
            sp.GetRequiredService<IOptions<ReviewerOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddTransient(sp => new FeedRunner(
            sp.GetRequiredService<IOptions<FeedOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName),
            sp.GetRequiredService<HostGate>(),
            sp.GetRequiredService<IFeedStateStore>(),
            sp.GetRequiredService<IClaimStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<FeedTipSuggester>()));
        builder.Services.AddHostedService<FeedService>();
        return builder;
    }
}
