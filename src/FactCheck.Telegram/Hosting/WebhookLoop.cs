using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using FactCheck.Telegram.Configuration;
using FactCheck.Telegram.Updates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace FactCheck.Telegram.Hosting;

/// <summary>Webhook mode: registers the URL with its secret, then accepts POSTed updates on an HttpListener and handles them in order.</summary>
/// <remarks>
/// HttpListener rather than Kestrel: the endpoint is one POST route behind the TLS proxy Telegram requires anyway,
/// and it keeps the ASP.NET Core shared framework out of the adapter and of every host that does not use webhooks.
/// </remarks>
internal sealed partial class WebhookLoop(
    ITelegramBotClient bot,
    UpdateRouter router,
    TimeProvider time,
    IOptions<TelegramOptions> options,
    ILogger<WebhookLoop> logger)
{
    private const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var listener = new HttpListener();
        listener.Prefixes.Add(o.WebhookListen!);
        listener.Start();
        LogListening(o.WebhookListen!);
        await RegisterAsync(o, cancellationToken);

        var queue = Channel.CreateBounded<Update>(new BoundedChannelOptions(1000) { SingleReader = true });
        var worker = HandleQueueAsync(queue.Reader, cancellationToken);
        using (cancellationToken.Register(listener.Stop))
        {
            var secret = Encoding.UTF8.GetBytes(o.WebhookSecret!);
            while (!cancellationToken.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                await AcceptAsync(context, secret, queue.Writer, cancellationToken);
            }
        }

        queue.Writer.TryComplete();
        await worker;
    }

    private async Task AcceptAsync(HttpListenerContext context, byte[] secret, ChannelWriter<Update> queue, CancellationToken cancellationToken)
    {
        try
        {
            context.Response.StatusCode = (int)await ReadAsync(context.Request, secret, queue, cancellationToken);
        }
        finally
        {
            // Close, not Dispose: disposing an HttpListenerResponse aborts the connection instead of answering.
            context.Response.Close();
        }
    }

    private async Task<HttpStatusCode> ReadAsync(HttpListenerRequest request, byte[] secret, ChannelWriter<Update> queue, CancellationToken cancellationToken)
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

            // Queued, not handled, before answering: Telegram waits for the response before sending the next update.
            await queue.WriteAsync(update, cancellationToken);
            return HttpStatusCode.OK;
        }
        catch (JsonException e)
        {
            LogBadBody(e);
            return HttpStatusCode.BadRequest;
        }
    }

    private async Task HandleQueueAsync(ChannelReader<Update> queue, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var update in queue.ReadAllAsync(cancellationToken))
            {
                await router.HandleAsync(update, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down; updates still queued were acknowledged and are lost with the process.
        }
    }

    private async Task RegisterAsync(TelegramOptions o, CancellationToken cancellationToken)
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(o.MaxBackoffSeconds));
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "setWebhook failed; retrying")]
    private partial void LogSetWebhookFailed(Exception exception);
}
