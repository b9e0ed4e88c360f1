using System.Net;
using System.Threading.RateLimiting;
using FactCheck.Bot.Web.Claims;
using FactCheck.Bot.Web.Login;
using FactCheck.Bot.Web.Ops;
using FactCheck.Bot.Web.Queue;
using FactCheck.Bot.Web.Stats;
using FactCheck.Bot.Web.Tips;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace FactCheck.Bot.Web;

/// <summary>Kestrel inside the bot's generic host: the reviewers' desk and /healthz, /readyz, /metrics. The web app has
/// its own small container (routing, antiforgery, rate limiting, the exporter) and reaches the bot's services — the same
/// singletons the chat adapters use — through <see cref="DeskServices"/>.</summary>
internal sealed partial class DeskWebServer(
    IServiceProvider bot, IOptions<WebOptions> options, DeskAddress address, IHostEnvironment environment, ILoggerFactory loggers, ILogger<DeskWebServer> logger)
    : IHostedService, IAsyncDisposable
{
    /// <summary>The rate-limit policy of the sign-in form.</summary>
    public const string LoginPolicy = "login";

    private WebApplication? app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var web = Build();
        try
        {
            await web.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            // An address in use must not take the chats down with it: the bot goes on without its desk, said loudly.
            LogListenFailed(e, options.Value.Listen!);
            await web.DisposeAsync();
            return;
        }

        app = web;
        var bound = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? options.Value.Listen!;
        address.Bound(bound.Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal));
        OpsMetrics.Register(bot);
        var links = address.Base();
        LogListening(address.Listening!, links);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    private WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = environment.ContentRootPath,
            EnvironmentName = environment.EnvironmentName,
            ApplicationName = typeof(DeskWebServer).Assembly.GetName().Name,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers);
        builder.WebHost.UseUrls(options.Value.Listen!);
        builder.WebHost.ConfigureKestrel(k =>
        {
            // A desk page is small: a form post over a few hundred kilobytes is not a reviewer's.
            k.Limits.MaxRequestBodySize = 1024 * 1024;
            k.AddServerHeader = false;
        });
        builder.Services.AddSingleton(new DeskServices(bot));
        // Antiforgery tokens only need to outlive a page: keys in memory write nothing to the home folder (a restart
        // asks a reviewer to reload an open form; sessions are the desk's own and survive it).
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "desk-af";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = options.Value.IsHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__af";
            o.SuppressXFrameOptionsHeader = true; // SecurityHeaders sends DENY on every answer.
        });
        var attempts = options.Value.LoginAttemptsPerMinute;
        builder.Services.AddRateLimiter(r =>
        {
            r.RejectionStatusCode = (int)HttpStatusCode.TooManyRequests;
            r.AddPolicy(LoginPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = attempts, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        builder.Services.AddOpenTelemetry().WithMetrics(m => m.AddMeter(Core.Hosting.BotMetrics.MeterName)
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0)); // every scrape sees the counters as they are now

        var web = builder.Build();
        web.Use(SecurityHeaders.ApplyAsync);
        web.UseRateLimiter();
        OpsEndpoints.Map(web);
        web.UseMiddleware<SessionMiddleware>();
        LoginEndpoints.Map(web);
        QueueEndpoints.Map(web);
        TipEndpoints.Map(web);
        ClaimEndpoints.Map(web);
        StatsEndpoints.Map(web);
        return web;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Web desk listening on {Address} (links point to {PublicUrl})")]
    private partial void LogListening(string address, string publicUrl);

    [LoggerMessage(Level = LogLevel.Error, Message = "The web desk could not listen on {Address}; the bot runs on without it")]
    private partial void LogListenFailed(Exception exception, string address);
}
