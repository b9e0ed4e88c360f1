using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Gateway;

/// <summary>One gateway connection from connect to close: hello, identify or resume, heartbeats, receive loop.</summary>
/// <remarks>A new instance per connection, so heartbeat ACK state never leaks from a dead connection into the next.</remarks>
internal sealed class GatewayConnection(
    GatewaySettings settings,
    GatewaySession session,
    GatewayTiming timing,
    ChannelWriter<GatewayDispatch> dispatches,
    ILogger logger)
{
    private volatile bool ackReceived = true;
    private volatile bool zombie;

    /// <summary>True once READY or RESUMED arrived: the connection worked, so backoff starts over.</summary>
    public bool Established { get; private set; }

    public async Task<ConnectionOutcome> RunAsync(Uri url, bool resume, CancellationToken cancellationToken)
    {
        using var socket = new GatewaySocket();
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = Task.CompletedTask;
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            GatewayLog.Connected(logger, url.Host, resume);
            var interval = await ReceiveHelloAsync(socket, lifetime.Token);
            if (interval is null)
            {
                return ConnectionOutcome.Resume();
            }

            heartbeat = HeartbeatLoopAsync(socket, interval.Value, lifetime);
            await socket.SendAsync(
                resume && session.SessionId is { } id ? GatewayPayloads.Resume(settings, id, session.Sequence) : GatewayPayloads.Identify(settings),
                lifetime.Token);

            while (true)
            {
                var frame = await socket.ReceiveAsync(lifetime.Token);
                if (frame.IsClose)
                {
                    GatewayLog.ClosedByServer(logger, frame.CloseCode, frame.CloseReason);
                    return CloseCodes.Classify(frame.CloseCode);
                }

                if (await HandleAsync(socket, frame.Payload!, lifetime.Token) is { } outcome)
                {
                    await socket.CloseAsync(CloseCodes.Reconnecting, "reconnecting");
                    return outcome;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // 1000 ends the session: the bot shows offline at once instead of lingering as a ghost.
            await socket.CloseAsync(1000, "shutting down");
            return ConnectionOutcome.Stopped;
        }
        catch (OperationCanceledException) when (zombie)
        {
            GatewayLog.Zombie(logger);
            await socket.CloseAsync(CloseCodes.Reconnecting, "zombie connection");
            return ConnectionOutcome.Resume();
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or OperationCanceledException or IOException)
        {
            // A drop without a close frame (or a failed connect): the session may still be resumed.
            GatewayLog.ConnectionLost(logger, ex);
            return ConnectionOutcome.Resume();
        }
        finally
        {
            await lifetime.CancelAsync();
            await heartbeat;
        }
    }

    private async Task<TimeSpan?> ReceiveHelloAsync(GatewaySocket socket, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(timing.HelloTimeout);
        var frame = await socket.ReceiveAsync(timeout.Token);
        var hello = frame.IsClose ? null : GatewayMessage.TryParse(frame.Payload!);
        if (hello is { Op: (int)GatewayOpcode.Hello, Data.ValueKind: JsonValueKind.Object }
            && hello.Data.TryGetProperty("heartbeat_interval", out var ms) && ms.TryGetDouble(out var interval) && interval > 0)
        {
            return TimeSpan.FromMilliseconds(interval);
        }

        GatewayLog.NoHello(logger);
        return null;
    }

    /// <summary>Handles one payload; returns an outcome when the connection must end.</summary>
    private async Task<ConnectionOutcome?> HandleAsync(GatewaySocket socket, byte[] payload, CancellationToken cancellationToken)
    {
        var message = GatewayMessage.TryParse(payload);
        if (message is null)
        {
            GatewayLog.Malformed(logger, payload.Length);
            return null;
        }

        switch ((GatewayOpcode)message.Op)
        {
            case GatewayOpcode.Dispatch:
                OnDispatch(message);
                return null;
            case GatewayOpcode.Heartbeat:
                await socket.SendAsync(GatewayPayloads.Heartbeat(session.Sequence), cancellationToken);
                return null;
            case GatewayOpcode.HeartbeatAck:
                ackReceived = true;
                return null;
            case GatewayOpcode.Reconnect:
                GatewayLog.ReconnectRequested(logger);
                return ConnectionOutcome.Resume();
            case GatewayOpcode.InvalidSession:
                var resumable = message.Data.ValueKind == JsonValueKind.True;
                GatewayLog.InvalidSession(logger, resumable);
                return resumable ? ConnectionOutcome.Resume() : ConnectionOutcome.InvalidSession;
            case GatewayOpcode.Hello:
                return null;
            default:
                GatewayLog.UnknownOpcode(logger, message.Op);
                return null;
        }
    }

    private void OnDispatch(GatewayMessage message)
    {
        session.Observe(message.Sequence);
        if (message.Type is null)
        {
            GatewayLog.Malformed(logger, 0);
            return;
        }

        if (message.Type == "READY" && ReadSession(message.Data) is var (id, resumeUrl))
        {
            session.Start(id, resumeUrl);
            Established = true;
            GatewayLog.Ready(logger);
        }
        else if (message.Type == "RESUMED")
        {
            Established = true;
            GatewayLog.Resumed(logger, session.Sequence);
        }

        // Handlers run elsewhere; a full queue drops the event rather than stall heartbeats and the receive loop.
        if (!dispatches.TryWrite(new GatewayDispatch(message.Type, message.Data, message.Sequence)))
        {
            GatewayLog.DispatchDropped(logger, message.Type);
        }
    }

    private static (string Id, Uri ResumeUrl)? ReadSession(JsonElement data)
    {
        if (data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("session_id", out var id) && id.ValueKind == JsonValueKind.String
            && data.TryGetProperty("resume_gateway_url", out var url) && url.ValueKind == JsonValueKind.String
            && Uri.TryCreate(url.GetString(), UriKind.Absolute, out var resumeUrl))
        {
            return (id.GetString()!, resumeUrl);
        }

        return null;
    }

    private async Task HeartbeatLoopAsync(GatewaySocket socket, TimeSpan interval, CancellationTokenSource lifetime)
    {
        var cancellationToken = lifetime.Token;
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!ackReceived)
                {
                    // No ACK since the last heartbeat: the connection is a zombie. Ending the lifetime makes the
                    // receive loop close it (not with 1000/1001) and the client resume on a new one.
                    zombie = true;
                    await lifetime.CancelAsync();
                    return;
                }

                ackReceived = false;
                await socket.SendAsync(GatewayPayloads.Heartbeat(session.Sequence), cancellationToken);
                await Task.Delay(interval, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
        catch (WebSocketException ex)
        {
            GatewayLog.ConnectionLost(logger, ex);
            await lifetime.CancelAsync();
        }
    }
}
