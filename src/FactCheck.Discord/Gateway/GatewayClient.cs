using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using FactCheck.Core.Hosting;

namespace FactCheck.Discord.Gateway;

/// <summary>Keeps one shard connected to the gateway: resumes when it may, identifies when it must, stops on fatal codes.</summary>
internal sealed class GatewayClient(GatewaySettings settings, GatewayTiming timing, ILogger<GatewayClient> logger, PlatformReadiness? readiness = null)
{
    private readonly GatewaySession session = new();

    // Bounded so that a flood cannot exhaust memory; the receive loop never waits on it (see GatewayConnection).
    private readonly Channel<GatewayDispatch> dispatches = Channel.CreateBounded<GatewayDispatch>(
        new BoundedChannelOptions(1024) { SingleWriter = true, SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Dispatch events in the order they arrived, for the adapter to handle at its own pace.</summary>
    public ChannelReader<GatewayDispatch> Dispatches => dispatches.Reader;

    /// <summary>Runs until the token is cancelled or Discord refuses the bot; never gives up on ordinary drops.</summary>
    public async Task<GatewayStopReason> RunAsync(Uri gatewayUrl, CancellationToken cancellationToken)
    {
        var backoff = new Backoff(timing.BackoffStart, timing.BackoffCap);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var resume = session.CanResume;
                var url = WithQuery(resume ? session.ResumeUrl! : gatewayUrl);
                var connection = new GatewayConnection(settings, session, timing, dispatches.Writer, logger);
                var outcome = await connection.RunAsync(url, resume, cancellationToken);
                if (outcome.Kind != ConnectionOutcomeKind.Stopped)
                {
                    readiness?.Disconnected("discord", "gateway connection lost, reconnecting");
                }

                switch (outcome.Kind)
                {
                    case ConnectionOutcomeKind.Stopped:
                        return new GatewayStopReason(null, "stopped");
                    case ConnectionOutcomeKind.Fatal:
                        var message = CloseCodes.Explain(outcome.CloseCode!.Value);
                        GatewayLog.Fatal(logger, message);
                        return new GatewayStopReason(outcome.CloseCode, message);
                    case ConnectionOutcomeKind.Identify:
                        session.Clear();
                        break;
                    case ConnectionOutcomeKind.IdentifyAfterInvalidSession:
                        session.Clear();
                        await Task.Delay(RandomBetween(timing.InvalidSessionMinDelay, timing.InvalidSessionMaxDelay), cancellationToken);
                        break;
                }

                if (connection.Established)
                {
                    backoff.Reset();
                }
                else
                {
                    var delay = backoff.Next();
                    GatewayLog.Backoff(logger, delay);
                    await Task.Delay(delay, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        return new GatewayStopReason(null, "stopped");
    }

    /// <summary>Adds the version and encoding query; the resume URL needs the same ones as the first connection.</summary>
    internal static Uri WithQuery(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }

    private static TimeSpan RandomBetween(TimeSpan min, TimeSpan max) => min + ((max - min) * Random.Shared.NextDouble());
}
