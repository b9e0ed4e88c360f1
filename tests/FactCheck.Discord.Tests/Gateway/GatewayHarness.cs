using FactCheck.Discord.Gateway;
using FactCheck.Discord.Tests.Fakes;

namespace FactCheck.Discord.Tests.Gateway;

/// <summary>A real <see cref="GatewayClient"/> running against a <see cref="FakeDiscord"/>, with short waits.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "test-token-abc";

    public static readonly GatewayTiming FastTiming = new(
        TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10));

    private readonly CancellationTokenSource stop = new();

    public GatewayHarness()
    {
        Client = new GatewayClient(new GatewaySettings(Token, GatewayIntents.Bot), FastTiming, Logs.For<GatewayClient>());
        Run = Client.RunAsync(new Uri(Fake.GatewayUrl), stop.Token);
    }

    public FakeDiscord Fake { get; } = new();

    public TestLoggerProvider Logs { get; } = new();

    public GatewayClient Client { get; }

    public Task<GatewayStopReason> Run { get; }

    /// <summary>The next dispatch the client handed on, skipping READY and RESUMED unless asked for.</summary>
    public async Task<GatewayDispatch> NextDispatchAsync(string type)
    {
        using var timeout = new CancellationTokenSource(FakeDiscord.Timeout);
        while (true)
        {
            var dispatch = await Client.Dispatches.ReadAsync(timeout.Token);
            if (dispatch.Type == type)
            {
                return dispatch;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Run.WaitAsync(FakeDiscord.Timeout);
        await Fake.DisposeAsync();
        stop.Dispose();
    }
}
