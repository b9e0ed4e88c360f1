using FactCheck.Core.Checking;
using FactCheck.Core.Storage;
using FactCheck.Telegram.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Telegram.Tests;

/// <summary>A real host running the real adapter against the fake Bot API, with a fake checker and an in-memory store.</summary>
internal sealed class TelegramTestHost(IHost host) : IAsyncDisposable
{
    public IHost Host { get; } = host;

    public static HostApplicationBuilder Builder(FakeBotApi api, IChatStateStore store, ICheckService checker, IDictionary<string, string?>? extra = null)
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
        builder.Services.AddSingleton(store);
        builder.AddTelegram();
        return builder;
    }

    public static async Task<TelegramTestHost> StartAsync(FakeBotApi api, IChatStateStore? store = null, ICheckService? checker = null, IDictionary<string, string?>? extra = null)
    {
        var host = Builder(api, store ?? new InMemoryChatStateStore(), checker ?? new FakeCheckService(), extra).Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await host.StartAsync(timeout.Token);
        return new TelegramTestHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await Host.StopAsync(timeout.Token);
        Host.Dispose();
    }
}
