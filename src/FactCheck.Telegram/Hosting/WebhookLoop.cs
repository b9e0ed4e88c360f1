using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactCheck.Core.Hosting;
using FactCheck.Telegram.Configuration;
using FactCheck.Telegram.Updates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace FactCheck.Telegram.Hosting;

/// <summary>Webhook mode: registers the URL with its secret, then accepts POSTed updates on a Kestrel listener of its own and hands them to <see cref="UpdateLanes"/> (chats side by side, each chat in order).</summary>
/// <remarks>
/// Kestrel, not HttpListener: the managed HttpListener on Linux crashes the process when a call arrives while it starts
/// (an accept completes inside its constructor before its connection table exists: dotnet/corefx#35191), and behind a
/// load balancer Telegram's calls keep coming while a restarted instance starts. A listener of its own rather than a
/// route on the host's web server, so this port can be exposed to Telegram's proxy without exposing the desk.
/// With <see cref="FactCheck.Core.Storage.IEventClaims"/> in the store (several instances behind a load balancer), each update is claimed
/// first and answered only once handled: a duplicate or another instance's update is answered without handling (503
/// while the other still holds it, so Telegram asks again), and an update whose instance is killed was never
/// acknowledged, so Telegram delivers it again and, once the claim ran out, another instance handles it.
/// </remarks>
internal sealed partial class WebhookLoop(
    ITelegramBotClient bot,
    UpdateRouter router,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILoggerFactory loggerFactory,
    ILogger<WebhookLoop> logger,
    ClaimedUpdates claimed)
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    // An update is a few kilobytes (a message of at most 4,096 characters and its entities); anything far larger is not Telegram.
    private const long MaxBodyBytes = 1 << 20;

    /// <summary>Accepts updates until <paramref name="stopping"/>; those accepted are then still handled, until <paramref name="abort"/>.</summary>
    public async Task RunAsync(CancellationToken stopping, CancellationToken abort)
    {
        var o = options.Value;
        var listen = WebhookAddress.Parse(o.WebhookListen!);
        var secret = Encoding.UTF8.GetBytes(o.WebhookSecret!);

        // Telegram does not send an acknowledged update again, so those accepted are all started, also while stopping.
        using var lanes = new UpdateLanes(claimed.Enabled ? claimed.HandleAsync : router.HandleAsync, o.MaxConcurrentUpdates, logger, CancellationToken.None, abort);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(WebhookLoop).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);
        });
        builder.WebHost.UseUrls(listen.Server);
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.AddSingleton<IHostLifetime, OwnedLifetime>();
        await using var app = builder.Build();
        app.Run(context => AcceptAsync(context, listen.Path, secret, lanes, stopping));
        await app.StartAsync(stopping);
        LogListening(o.WebhookListen!);
        try
        {
            await RegisterAsync(o, stopping);
            await Task.Delay(Timeout.Infinite, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }

        // Calls still waiting for their update are answered (503 once the stop reached them: Telegram asks again).
        await app.StopAsync(CancellationToken.None);
        LogStopping(lanes.Pending);
        await lanes.DrainAsync();
    }

    private async Task AcceptAsync(HttpContext context, PathString path, byte[] secret, UpdateLanes lanes, CancellationToken cancellationToken)
    {
        try
        {
            context.Response.StatusCode = (int)await ReadAsync(context.Request, path, secret, lanes, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping before the update was taken: Telegram sends it again later.
            context.Response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
        }
        catch (BadHttpRequestException e)
        {
            // A body larger than any update, or cut off: not Telegram's.
            context.Response.StatusCode = e.StatusCode;
        }
    }

    private async Task<HttpStatusCode> ReadAsync(HttpRequest request, PathString path, byte[] secret, UpdateLanes lanes, CancellationToken cancellationToken)
    {
        if (!request.Path.StartsWithSegments(path, StringComparison.Ordinal))
        {
            return HttpStatusCode.NotFound;
        }

        var given = Encoding.UTF8.GetBytes(request.Headers[SecretHeader].ToString());
        if (!CryptographicOperations.FixedTimeEquals(given, secret))
        {
            LogRejected(request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "?");
            return HttpStatusCode.Unauthorized;
        }

        if (!HttpMethods.IsPost(request.Method))
        {
            return HttpStatusCode.MethodNotAllowed;
        }

        try
        {
            var update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, cancellationToken);
            if (update is null)
            {
                return HttpStatusCode.BadRequest;
            }

            if (!claimed.Enabled)
            {
                // Dispatched, not handled, before answering: Telegram waits for the response before sending the next update.
                await lanes.DispatchAsync(update, cancellationToken);
                return HttpStatusCode.OK;
            }

            return await claimed.ClaimAndHandleAsync(update, lanes, cancellationToken);
        }
        catch (JsonException e)
        {
            LogBadBody(e);
            return HttpStatusCode.BadRequest;
        }
    }

    private async Task RegisterAsync(TelegramOptions o, CancellationToken cancellationToken)
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(o.MaxBackoffSeconds));
        while (true)
        {
            try
            {
                await bot.SetWebhook(o.WebhookUrl!, allowedUpdates: PollingLoop.AllowedUpdates, secretToken: o.WebhookSecret, cancellationToken: cancellationToken);
                return;
            }
            catch (RequestException e)
            {
                LogSetWebhookFailed(e);
                await backoff.WaitAsync(time, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for Telegram webhook calls on {Prefix}")]
    private partial void LogListening(string prefix);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a webhook call from {Remote}: wrong or missing secret token")]
    private partial void LogRejected(string remote);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook call carried no readable update")]
    private partial void LogBadBody(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopped listening; letting the accepted updates finish ({Pending} dispatched)")]
    private partial void LogStopping(int pending);

    [LoggerMessage(Level = LogLevel.Warning, Message = "setWebhook failed; retrying")]
    private partial void LogSetWebhookFailed(Exception exception);
}
