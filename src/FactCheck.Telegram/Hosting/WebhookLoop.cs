using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactCheck.Telegram.Configuration;
using FactCheck.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using FactCheck.Core.Hosting;

namespace FactCheck.Telegram.Hosting;

/// <summary>Webhook mode: registers the URL with its secret, then accepts POSTed updates on an HttpListener and hands them to <see cref="UpdateLanes"/> (chats side by side, each chat in order).</summary>
/// <remarks>
/// HttpListener rather than Kestrel: the endpoint is one POST route behind the TLS proxy Telegram requires anyway,
/// and it keeps the ASP.NET Core shared framework out of the adapter and of every host that does not use webhooks.
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
    ILogger<WebhookLoop> logger,
    ClaimedUpdates claimed)
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Accepts updates until <paramref name="stopping"/>; those accepted are then still handled, until <paramref name="abort"/>.</summary>
    public async Task RunAsync(CancellationToken stopping, CancellationToken abort)
    {
        var o = options.Value;
        using var listener = new HttpListener();
        listener.Prefixes.Add(o.WebhookListen!);
        listener.Start();
        LogListening(o.WebhookListen!);
        await RegisterAsync(o, stopping);

        // Telegram does not send an acknowledged update again, so those accepted are all started, also while stopping.
        using var lanes = new UpdateLanes(claimed.Enabled ? claimed.HandleAsync : router.HandleAsync, o.MaxConcurrentUpdates, logger, CancellationToken.None, abort);
        var answering = new List<Task>();
        using (stopping.Register(listener.Stop))
        {
            var secret = Encoding.UTF8.GetBytes(o.WebhookSecret!);
            while (!stopping.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException && stopping.IsCancellationRequested)
                {
                    break;
                }

                // Calls waiting for their update to be handled answer on their own, so the next call is taken at once.
                answering.RemoveAll(t => t.IsCompleted);
                answering.Add(AcceptAsync(context, secret, lanes, stopping));
            }
        }

        LogStopping(lanes.Pending);
        await lanes.DrainAsync();
        await Task.WhenAll(answering);
    }

    private async Task AcceptAsync(HttpListenerContext context, byte[] secret, UpdateLanes lanes, CancellationToken cancellationToken)
    {
        try
        {
            context.Response.StatusCode = (int)await ReadAsync(context.Request, secret, lanes, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping before the update was taken: Telegram sends it again later.
            context.Response.StatusCode = (int)HttpStatusCode.ServiceUnavailable;
        }
        finally
        {
            try
            {
                // Close, not Dispose: disposing an HttpListenerResponse aborts the connection instead of answering.
                context.Response.Close();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                // The listener stopped while this call waited: unanswered, Telegram delivers the update again.
            }
        }
    }

    private async Task<HttpStatusCode> ReadAsync(HttpListenerRequest request, byte[] secret, UpdateLanes lanes, CancellationToken cancellationToken)
    {
        var given = Encoding.UTF8.GetBytes(request.Headers[SecretHeader] ?? string.Empty);
        if (!CryptographicOperations.FixedTimeEquals(given, secret))
        {
            LogRejected(request.RemoteEndPoint?.ToString() ?? "?");
            return HttpStatusCode.Unauthorized;
        }

        if (request.HttpMethod != "POST")
        {
            return HttpStatusCode.MethodNotAllowed;
        }

        try
        {
            var update = await JsonSerializer.DeserializeAsync<Update>(request.InputStream, JsonBotAPI.Options, cancellationToken);
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
