using FactCheck.Core.Checking;
using FactCheck.Core.Storage;
using FactCheck.Bot.Hosting;
using FactCheck.Telegram.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Telegram.Tests;

/// <summary>A real host running the real adapter against the fake Bot API, with a fake checker and an in-memory store or a real SQLite file.</summary>
internal sealed class TelegramTestHost(IHost host) : IAsyncDisposable
{
    private bool disposed;

    public IHost Host { get; } = host;

    /// <summary>The builder; with no <paramref name="store"/> the real SQLite store is used (Storage:ConnectionString in <paramref name="extra"/>).</summary>
    public static HostApplicationBuilder Builder(FakeBotApi api, IChatStateStore? store, ICheckService checker, IDictionary<string, string?>? extra = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var config = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:MaxBackoffSeconds"] = "1",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddSingleton(checker);
        if (store is null)
        {
            builder.AddStorage();
        }
        else
        {
            builder.Services.AddSingleton(store);
        }

        QuickSpacing.UseIn(builder.Services);
        builder.AddTelegram();
        return builder;
    }

    public static Task<TelegramTestHost> StartAsync(FakeBotApi api, IChatStateStore? store = null, ICheckService? checker = null, IDictionary<string, string?>? extra = null) =>
        StartAsync(Builder(api, store ?? new InMemoryChatStateStore(), checker ?? new FakeCheckService(), extra));

    /// <summary>Starts the adapter on a real SQLite file, as the bot runs.</summary>
    public static Task<TelegramTestHost> StartOnSqliteAsync(FakeBotApi api, string databasePath, ICheckService? checker = null) =>
        StartAsync(Builder(api, null, checker ?? new FakeCheckService(), new Dictionary<string, string?> { ["Storage:ConnectionString"] = "Data Source=" + databasePath }));

    public static async Task<TelegramTestHost> StartAsync(HostApplicationBuilder builder)
    {
        var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await host.StartAsync(timeout.Token);
        return new TelegramTestHost(host);
    }

    /// <summary>Stops and disposes the host; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
    }
}
