using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace FactCheck.Discord.Tests.Fakes;

/// <summary>The server side of one gateway WebSocket: sends scripted payloads, records what the client sends.</summary>
internal sealed class FakeGatewayConnection : IDisposable
{
    public const string SessionId = "session-1";
    public const string BotUserId = "4242";

    private readonly WebSocket socket;
    private readonly SemaphoreSlim sendGate = new(1, 1);
    private readonly Channel<JsonElement> received = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<int?> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource firstHeartbeat = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int heartbeats;

    public FakeGatewayConnection(WebSocket socket, string path, string query)
    {
        this.socket = socket;
        Path = path;
        Query = query;
        _ = Task.Run(PumpAsync);
    }

    /// <summary>"/gateway" or "/resume": which URL the client connected to.</summary>
    public string Path { get; }

    public string Query { get; }

    /// <summary>Answer heartbeats with op 11; false withholds the ACKs (a zombie connection).</summary>
    public bool AutoAck { get; set; } = true;

    public int Heartbeats => Volatile.Read(ref heartbeats);

    /// <summary>Completes when the client's first heartbeat arrives: an event to wait for instead of polling <see cref="Heartbeats"/>.</summary>
    public Task FirstHeartbeatAsync() => firstHeartbeat.Task.WaitAsync(FakeDiscord.Timeout);

    /// <summary>The next payload the client sent, heartbeats excepted, which must have opcode <paramref name="op"/>.</summary>
    public async Task<JsonElement> ExpectAsync(int op)
    {
        using var timeout = new CancellationTokenSource(FakeDiscord.Timeout);
        var payload = await received.Reader.ReadAsync(timeout.Token);
        Assert.Equal(op, payload.GetProperty("op").GetInt32());
        return payload.GetProperty("d");
    }

    /// <summary>Completes with the close code the client sent (null when it dropped without one).</summary>
    public async Task<int?> WaitClosedAsync()
    {
        using var timeout = new CancellationTokenSource(FakeDiscord.Timeout);
        return await closed.Task.WaitAsync(timeout.Token);
    }

    public Task HelloAsync(int heartbeatMs = 45000) => SendAsync(new { op = 10, d = new { heartbeat_interval = heartbeatMs } });

    /// <summary>Hello, then Identify expected, then READY: returns the Identify data.</summary>
    public async Task<JsonElement> HandshakeAsync(FakeDiscord fake, int heartbeatMs = 45000)
    {
        await HelloAsync(heartbeatMs);
        var identify = await ExpectAsync(2);
        await DispatchAsync("READY", new
        {
            v = 10,
            user = new { id = BotUserId, username = "factcheck", bot = true },
            session_id = SessionId,
            resume_gateway_url = fake.ResumeUrl,
            application = new { id = "777" },
            guilds = Array.Empty<object>(),
        }, 1);
        return identify;
    }

    public Task DispatchAsync(string type, object data, long sequence) => SendAsync(new { op = 0, t = type, s = sequence, d = data });

    public Task SendAsync(object payload) => SendTextAsync(JsonSerializer.Serialize(payload));

    public async Task SendTextAsync(string text, int frames = 1)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var size = (bytes.Length + frames - 1) / frames;
        await sendGate.WaitAsync();
        try
        {
            for (var offset = 0; offset < bytes.Length; offset += size)
            {
                var count = Math.Min(size, bytes.Length - offset);
                await socket.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count >= bytes.Length, CancellationToken.None);
            }
        }
        finally
        {
            sendGate.Release();
        }
    }

    public async Task CloseAsync(int code, string reason)
    {
        await sendGate.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            sendGate.Release();
        }
    }

    private async Task PumpAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        closed.TrySetResult((int?)socket.CloseStatus);
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var payload = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                if (payload.GetProperty("op").GetInt32() == 1)
                {
                    Interlocked.Increment(ref heartbeats);
                    firstHeartbeat.TrySetResult();
                    if (AutoAck)
                    {
                        await SendAsync(new { op = 11 });
                    }
                }
                else
                {
                    await received.Writer.WriteAsync(payload);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            closed.TrySetResult(null);
        }
    }

    public void Dispose()
    {
        socket.Abort();
        socket.Dispose();
    }
}
