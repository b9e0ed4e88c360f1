using FactCheck.Bot;
using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Tests.Shared;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Telegram.Tests.Tipline;

/// <summary>The whole bot as it ships (BotHostFactory: real core, seeds, tipline, SQLite file) behind the fake Bot API,
/// with one configured reviewer and a reviewers' group, and the outbox polled every second.</summary>
internal sealed class ShippedBot : IAsyncDisposable
{
    public const long Reviewer = 880_009;
    public const long ReviewersGroup = -100_555_000_111;

    private readonly IHost host;
    private bool stopped;

    private ShippedBot(IHost host, string connectionString)
    {
        this.host = host;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public IServiceProvider Services => host.Services;

    /// <summary>The connection string of a database file in <paramref name="directory"/>; the same file survives restarts.</summary>
    public static string DatabaseIn(TempFolder directory) => $"Data Source={directory.PathOf("bot.db")};Pooling=false";

    /// <summary>Starts the bot; <paramref name="overrides"/> add or replace settings (Reviewers:Language, say).</summary>
    public static async Task<ShippedBot> StartAsync(FakeBotApi api, string connectionString, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:MaxBackoffSeconds"] = "1",
            ["Storage:ConnectionString"] = connectionString,
            ["Reviewers:Telegram:0"] = Reviewer.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reviewers:TelegramChats:0"] = ReviewersGroup.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Tips:OutboxPollSeconds"] = "1",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = BotHostFactory.CreateBuilder([], settings, consoleChat: false);
        QuickSpacing.UseIn(builder.Services);
        var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await host.StartAsync(timeout.Token);
        return new ShippedBot(host, connectionString);
    }

    /// <summary>Stops the host (as a shutdown or a crash between two updates would); a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StopAsync(timeout.Token);
        host.Dispose();
    }
}
