using System.Buffers;
using System.Net.WebSockets;

namespace FactCheck.Discord.Gateway;

/// <summary>One WebSocket to the gateway: whole messages in, and one writer for every send.</summary>
internal sealed class GatewaySocket : IDisposable
{
    /// <summary>Guards memory against a runaway message; real dispatches (GUILD_CREATE of a large server) stay far below.</summary>
    private const int MaxMessageBytes = 32 * 1024 * 1024;

    private readonly ClientWebSocket socket = new();

    // ClientWebSocket allows one send at a time; heartbeat, identify and resume all pass through here.
    private readonly SemaphoreSlim sendGate = new(1, 1);

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken) => socket.ConnectAsync(uri, cancellationToken);

    /// <summary>Reads one whole message, however many frames it came in.</summary>
    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return GatewayFrame.Closed((int?)socket.CloseStatus, socket.CloseStatusDescription);
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "Gateway message larger than " + MaxMessageBytes + " bytes.");
            }

            if (result.EndOfMessage)
            {
                return GatewayFrame.Message(buffer.WrittenSpan.ToArray());
            }
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        await sendGate.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sendGate.Release();
        }
    }

    /// <summary>Sends a close frame without waiting long for the answer; a dead peer must not hold us.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await sendGate.WaitAsync(timeout.Token);
            try
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }
            finally
            {
                sendGate.Release();
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is being dropped anyway; Dispose aborts it.
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        sendGate.Dispose();
    }
}
