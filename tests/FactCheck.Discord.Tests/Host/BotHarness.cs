using FactCheck.Bot;
using FactCheck.Core.Checking;
using FactCheck.Discord.Tests.Fakes;
using FactCheck.Discord.Tests.Gateway;
using FactCheck.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Tests.Host;

/// <summary>The real bot host (BotHostFactory) talking to a <see cref="FakeDiscord"/>, with a temporary SQLite file.</summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const string Token = "host-token-secret-123";
    public const string ApplicationId = "777";

    private readonly TempFolder directory = new("factcheck-discord-");

    private IReadOnlyDictionary<string, string?>? settings;
    private Func<ICheckService, ICheckService>? wrapChecker;
    private Action<IServiceCollection>? configure;

    private BotHarness()
    {
    }

    public FakeDiscord Fake { get; } = new();

    public TestLoggerProvider Logs { get; } = new();

    public IHost Host { get; private set; } = null!;

    public FakeGatewayConnection Gateway { get; private set; } = null!;

    public string ConnectionString => $"Data Source={directory.PathOf("bot.db")}";

    /// <summary>Builds and starts the host; unless <paramref name="handshake"/> is false, completes Hello/Identify/READY.</summary>
    public static async Task<BotHarness> StartAsync(
        Func<ICheckService, ICheckService>? wrapChecker = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        bool handshake = true,
        Action<IServiceCollection>? configure = null)
    {
        var h = new BotHarness { settings = settings, wrapChecker = wrapChecker, configure = configure };
        await h.StartHostAsync(handshake);
        return h;
    }

    /// <summary>Stops the host and starts a new one on the same database and fake Discord, as after a crash or a deploy.</summary>
    public async Task RestartAsync()
    {
        await StopHostAsync();
        await StartHostAsync(handshake: true);
    }

    private async Task StartHostAsync(bool handshake)
    {
        var builder = CreateBuilder(settings);
        WrapChecker(builder, wrapChecker);
        configure?.Invoke(builder.Services);
        Host = builder.Build();
        await Host.StartAsync();
        if (handshake)
        {
            Gateway = await Fake.ExpectConnectionAsync();
            await Gateway.HandshakeAsync(Fake);
        }
    }

    private async Task StopHostAsync()
    {
        using var timeout = new CancellationTokenSource(FakeDiscord.Timeout);
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
        Host = null!;
    }

    public HostApplicationBuilder CreateBuilder(IReadOnlyDictionary<string, string?>? settings)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:ApiBaseUrl"] = Fake.ApiBaseUrl,
            ["Discord:GatewayUrl"] = Fake.GatewayUrl,
            ["Discord:InteractionDeferAfter"] = "00:00:01",
            ["Storage:ConnectionString"] = ConnectionString,
            ["Seeds:Directory"] = Path.Combine(RepoPaths.Root, "seeds"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var builder = BotHostFactory.CreateBuilder([], overrides);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton(GatewayHarness.FastTiming);
        return builder;
    }

    /// <summary>Wraps the host's own checker (to slow it down, for instance).</summary>
    private static void WrapChecker(HostApplicationBuilder builder, Func<ICheckService, ICheckService>? wrap)
    {
        if (wrap is not null)
        {
            var existing = builder.Services.Last(d => d.ServiceType == typeof(ICheckService));
            builder.Services.Add(ServiceDescriptor.Singleton<ICheckService>(sp => wrap(Resolve(sp, existing))));
        }
    }

    private static ICheckService Resolve(IServiceProvider sp, ServiceDescriptor descriptor) =>
        (ICheckService)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await StopHostAsync();
        }

        await Fake.DisposeAsync();
        directory.Dispose();
    }
}
