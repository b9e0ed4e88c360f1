using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using FactCheck.Tests.Shared;

namespace FactCheck.Discord.Tests.Fakes;

/// <summary>
/// Discord on 127.0.0.1: a REST API and a WebSocket gateway speaking Discord's JSON, scripted per test
/// (expect a connection, send Hello, expect Identify, answer or withhold ACKs, return 429s...).
/// </summary>
internal sealed partial class FakeDiscord : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly HttpListener listener = new();
    private readonly Channel<FakeGatewayConnection> connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly List<RecordedRequest> requests = [];
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeResponse>> scripted = new();
    private readonly List<FakeGatewayConnection> opened = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;

    public FakeDiscord()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    public string ApiBaseUrl => $"http://127.0.0.1:{Port}/api/v10";

    public string GatewayUrl => $"ws://127.0.0.1:{Port}/gateway";

    public string ResumeUrl => $"ws://127.0.0.1:{Port}/resume";

    public int ConnectionCount
    {
        get { lock (opened) { return opened.Count; } }
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (requests) { return requests.ToList(); } }
    }

    /// <summary>The next answers to "METHOD /path" (path without /api/v10), in order; afterwards the defaults apply.</summary>
    public void Script(string method, string path, params FakeResponse[] responses)
    {
        var queue = scripted.GetOrAdd(method + " " + path, _ => new ConcurrentQueue<FakeResponse>());
        foreach (var r in responses)
        {
            queue.Enqueue(r);
        }
    }

    public async Task<FakeGatewayConnection> ExpectConnectionAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await connections.Reader.ReadAsync(timeout.Token);
    }

    // Raised at every recorded request: the waits below wait for it, not for a clock.
    private readonly ChangeSignal recorded = new();

    /// <summary>Waits for the first request matching <paramref name="predicate"/>.</summary>
    public async Task<RecordedRequest> ExpectAsync(Func<RecordedRequest, bool> predicate)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var next = recorded.Next;
            if (Requests.FirstOrDefault(predicate) is { } hit)
            {
                return hit;
            }

            if (!await ChangeSignal.BeforeAsync(next, deadline))
            {
                throw new TimeoutException("No matching request; got: " + string.Join(", ", Requests.Select(r => r.Method + " " + r.Path)));
            }
        }
    }

    /// <summary>Waits for the <paramref name="count"/>-th request matching method and path prefix.</summary>
    public async Task<RecordedRequest> ExpectRequestAsync(string method, string pathPrefix, int count = 1)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var next = recorded.Next;
            var matches = Requests.Where(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();
            if (matches.Count >= count)
            {
                return matches[count - 1];
            }

            if (!await ChangeSignal.BeforeAsync(next, deadline))
            {
                break;
            }
        }

        throw new TimeoutException($"No request #{count} {method} {pathPrefix}; got: {string.Join(", ", Requests.Select(r => r.Method + " " + r.Path))}");
    }

    private async Task AcceptLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }

            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        if (context.Request.IsWebSocketRequest)
        {
            var ws = await context.AcceptWebSocketAsync(subProtocol: null);
            var connection = new FakeGatewayConnection(ws.WebSocket, path, context.Request.Url.Query);
            lock (opened)
            {
                opened.Add(connection);
            }

            await connections.Writer.WriteAsync(connection);
            return;
        }

        if (Attachment(path) is { } file)
        {
            await ServeAttachmentAsync(context, path, file);
            return;
        }

        var apiPath = path.StartsWith("/api/v10/", StringComparison.Ordinal) ? path["/api/v10".Length..] : path;
        var body = await ReadBodyAsync(context.Request, apiPath);
        var response = scripted.TryGetValue(context.Request.HttpMethod + " " + apiPath, out var queue) && queue.TryDequeue(out var next)
            ? next
            : Default(context.Request.HttpMethod, apiPath, body);
        lock (requests)
        {
            requests.Add(new RecordedRequest(context.Request.HttpMethod, apiPath, context.Request.Headers["Authorization"], context.Request.UserAgent, body, response.Status));
        }

        recorded.Raise();
        if (response.Delay > TimeSpan.Zero)
        {
            await Task.Delay(response.Delay);
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json";
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        var bytes = Encoding.UTF8.GetBytes(response.Body);
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private FakeResponse Default(string method, string path, string body) => (method, path) switch
    {
        ("GET", "/gateway/bot") => new FakeResponse(200, $$"""{"url":"{{GatewayUrl}}","shards":1}"""),

        // Opening a DM answers the user's DM channel, here "dm-" and the user's id.
        ("POST", "/users/@me/channels") => new FakeResponse(200, $$"""{"id":"{{DmChannelOf(RecipientOf(body))}}","type":1}"""),
        ("POST", _) when path.StartsWith("/channels/", StringComparison.Ordinal) => new FakeResponse(200, """{"id":"9000"}"""),
        ("POST", _) when path.EndsWith("/callback", StringComparison.Ordinal) => new FakeResponse(204, string.Empty),
        ("PUT", _) => new FakeResponse(200, "[]"),
        _ => new FakeResponse(200, "{}"),
    };

    /// <summary>The fake's DM channel with a user.</summary>
    public static string DmChannelOf(string userId) => "dm-" + userId;

    /// <summary>Successful POSTs of messages to a channel: what its users actually received.</summary>
    public IReadOnlyList<RecordedRequest> Delivered(string channelId) =>
        Requests.Where(r => r.Method == "POST" && r.Path == $"/channels/{channelId}/messages" && r.Status is >= 200 and < 300).ToList();

    /// <summary>Waits until <paramref name="channelId"/> received <paramref name="count"/> messages; returns them all.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> ExpectDeliveredAsync(string channelId, int count)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            var next = recorded.Next;
            var delivered = Delivered(channelId);
            if (delivered.Count >= count)
            {
                return delivered;
            }

            if (!await ChangeSignal.BeforeAsync(next, deadline))
            {
                break;
            }
        }

        throw new TimeoutException($"{channelId} received {Delivered(channelId).Count} messages, not {count}");
    }

    private static string RecipientOf(string body) =>
        System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("recipient_id").GetString()!;

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        FakeGatewayConnection[] all;
        lock (opened)
        {
            all = [.. opened];
        }

        foreach (var c in all)
        {
            c.Dispose();
        }

        listener.Close();
        await loop;
        stop.Dispose();
    }
}
