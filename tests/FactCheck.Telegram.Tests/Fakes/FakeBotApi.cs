using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using FactCheck.Tests.Shared;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>A Bot API server on 127.0.0.1 speaking Telegram's HTTP JSON: records every call, serves queued updates, scripts failures.</summary>
internal sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string Token = "123456789:AAFakeTokenForTests_abcdefghijklmnop";
    public const long BotId = 123456789;
    public const string BotUsername = "factcheck_test_bot";

    // The status recorded for a call the fake never answered (its connection is aborted instead).
    private const int Unanswered = 0;

    private readonly Lock gate = new();
    private readonly List<ApiCall> calls = [];
    private readonly List<JsonObject> updates = [];
    private readonly Dictionary<string, Queue<(int Status, string Body)>> scripted = [];
    private readonly Dictionary<long, (int Status, string Body)> chatErrors = [];
    private HttpListener? listener;
    private Task? loop;
    private int nextUpdateId = 1;
    private int nextMessageId = 5000;

    public FakeBotApi()
    {
        Port = FreePort();
        Start();
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Chats whose user blocked the bot: sendMessage to them answers 403.</summary>
    public HashSet<long> BlockedChats { get; } = [];

    /// <summary>Users getChatMember reports as the group's creator.</summary>
    public HashSet<long> Admins { get; } = [];

    /// <summary>When set, getUpdates ignores offsets, as if Telegram re-sent updates the bot never confirmed.</summary>
    public bool Redeliver { get; set; }

    public IReadOnlyList<ApiCall> Calls
    {
        get
        {
            lock (gate)
            {
                return [.. calls];
            }
        }
    }

    public IReadOnlyList<ApiCall> Sent => [.. Calls.Where(c => c.Method == "sendMessage" && c.Succeeded)];

    /// <summary>Adds an update (its update_id is assigned here) and returns its id.</summary>
    public int Enqueue(JsonObject update)
    {
        lock (gate)
        {
            var id = nextUpdateId++;
            update["update_id"] = id;
            updates.Add(update);
            Changed();
            return id;
        }
    }

    // Raised whenever a call is recorded or an update queued: waiting is for an event, not a clock.
    private readonly ChangeSignal changed = new();

    private void Changed() => changed.Raise();

    public int EnqueueMessage(JsonObject message) => Enqueue(new JsonObject { ["message"] = message });

    /// <summary>The next call of <paramref name="method"/> answers with this error instead.</summary>
    public void FailNext(string method, int code, string description, int? retryAfter = null)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            error["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        lock (gate)
        {
            if (!scripted.TryGetValue(method, out var queue))
            {
                scripted[method] = queue = new();
            }

            queue.Enqueue((code, error.ToJsonString()));
        }
    }

    /// <summary>Every sendMessage to <paramref name="chatId"/> answers with this error until <see cref="HealChat"/>.</summary>
    public void FailChat(long chatId, int code, string description, int? retryAfter = null)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            error["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        lock (gate)
        {
            chatErrors[chatId] = (code, error.ToJsonString());
        }
    }

    public void HealChat(long chatId)
    {
        lock (gate)
        {
            chatErrors.Remove(chatId);
        }
    }

    /// <summary>Successful sendMessage calls to <paramref name="chatId"/> whose text contains <paramref name="text"/>.</summary>
    public IReadOnlyList<ApiCall> SentTo(long chatId, string text) =>
        [.. Sent.Where(c => c.ChatId == chatId && c.Text.Contains(text, StringComparison.Ordinal))];

    /// <summary>Stops listening: connections are refused until <see cref="ComeBack"/>.</summary>
    public async Task GoAwayAsync()
    {
        var l = listener;
        listener = null;
        l?.Close();
        if (loop is not null)
        {
            await loop;
        }
    }

    public void ComeBack() => Start();

    /// <summary>Waits (generously) until a call matching <paramref name="predicate"/> has been seen.</summary>
    public async Task<ApiCall> WaitForAsync(Func<ApiCall, bool> predicate, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var next = changed.Next;
            var hit = Calls.FirstOrDefault(predicate);
            if (hit is not null)
            {
                return hit;
            }

            if (!await ChangeSignal.BeforeAsync(next, deadline))
            {
                break;
            }
        }

        throw new TimeoutException("Expected call not seen. Calls: " + string.Join(", ", Calls.Select(c => $"{c.Method}={c.Status}")));
    }

    /// <summary>Waits (generously) until <paramref name="count"/> calls matching <paramref name="predicate"/> have been seen.</summary>
    public async Task WaitForCountAsync(Func<ApiCall, bool> predicate, int count, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var next = changed.Next;
            if (Calls.Count(predicate) >= count)
            {
                return;
            }

            if (!await ChangeSignal.BeforeAsync(next, deadline))
            {
                throw new TimeoutException($"Expected {count} matching calls, saw {Calls.Count(predicate)}.");
            }
        }
    }

    /// <summary>Waits for a successful sendMessage that replies to <paramref name="messageId"/>.</summary>
    public Task<ApiCall> WaitForReplyAsync(int messageId, int seconds = 20) =>
        WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ReplyTo == messageId, seconds);

    public async ValueTask DisposeAsync()
    {
        // A test that failed with a gate closed must not leave the bot's requests hanging.
        OpenAllGates();
        await GoAwayAsync();
    }

    private void Start()
    {
        var l = new HttpListener();
        l.Prefixes.Add(BaseUrl + "/");
        lock (gate)
        {
            foreach (var port in instancePorts.Keys)
            {
                l.Prefixes.Add($"http://127.0.0.1:{port}/");
            }
        }

        l.Start();
        listener = l;
        loop = Task.Run(() => AcceptLoopAsync(l));
    }

    private async Task AcceptLoopAsync(HttpListener l)
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await l.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            if (FileDownload(context.Request) is { } file)
            {
                context.Response.StatusCode = file.Length > 0 ? 200 : 404;
                context.Response.ContentType = "application/octet-stream";
                await context.Response.OutputStream.WriteAsync(file);
                context.Response.Close();
                Changed();
                return;
            }

            var (status, body) = await AnswerAsync(context.Request);
            if (status == Unanswered)
            {
                context.Response.Abort();
                return;
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
        {
            // The fake went away mid-request, as a real outage would.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
