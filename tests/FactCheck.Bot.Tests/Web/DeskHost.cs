using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FactCheck.Bot.Web;
using FactCheck.Core.Desk;
using FactCheck.Core.Hosting;
using FactCheck.Core.Tips;
using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.Bot.Tests.Web;

/// <summary>The shipped bot behind the fake Telegram, with its web desk on a free port of 127.0.0.1. Sign-in links
/// follow a fake clock (so a test can let one expire); everything else runs on the real one.</summary>
internal sealed partial class DeskHost : IAsyncDisposable
{
    public const long Reviewer = 880_009;
    public const long AskerA = 5001;
    public const long AskerB = 5002;
    public const long Stranger = 5003;

    private readonly TestStore store = new();

    private DeskHost(FakeBotApi api) => Api = api;

    public IHost Host { get; private set; } = null!;

    public FakeBotApi Api { get; }

    /// <summary>The clock of the sign-in links and sessions.</summary>
    public FakeTimeProvider LinkClock { get; } = new(DateTimeOffset.UtcNow);

    public string BaseUrl => Host.Services.GetRequiredService<DeskAddress>().Listening!.TrimEnd('/');

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    public static async Task<DeskHost> StartAsync()
    {
        var api = new FakeBotApi();
        var desk = new DeskHost(api);
        var settings = desk.store.Settings;
        settings["Telegram:Token"] = FakeBotApi.Token;
        settings["Telegram:ApiBaseUrl"] = api.BaseUrl;
        settings["Telegram:PollTimeoutSeconds"] = "1";
        settings["Telegram:MaxBackoffSeconds"] = "1";
        settings["Reviewers:Telegram:0"] = Reviewer.ToString(CultureInfo.InvariantCulture);
        settings["Seeds:Directory"] = Path.Combine(RepoPaths.Root, "seeds");
        settings["Web:Listen"] = "http://127.0.0.1:0";
        settings["Tips:OutboxPollSeconds"] = "1";
        settings["Logging:LogLevel:Default"] = "Warning";
        var builder = BotHostFactory.CreateBuilder([], settings, consoleChat: false);
        FactCheck.Telegram.Tests.QuickSpacing.UseIn(builder.Services);
        builder.Services.AddSingleton(sp => new DeskLogin(
            sp.GetRequiredService<IDeskStore>(),
            () => sp.GetRequiredService<IOptionsMonitor<ReviewerOptions>>().CurrentValue,
            desk.LinkClock,
            sp.GetRequiredService<DeskAddress>().Base,
            TimeSpan.FromHours(12)));
        desk.Host = builder.Build();
        await desk.Host.StartAsync();
        return desk;
    }

    /// <summary>A private message from <paramref name="from"/>; returns the bot's reply.</summary>
    public async Task<ApiCall> SayAsync(long from, string text, string language = "id")
    {
        var message = Tg.Private(from, text, language);
        Api.EnqueueMessage(message);
        return await Api.WaitForReplyAsync(Tg.IdOf(message), seconds: 60);
    }

    /// <summary>The reviewer's /desk, as the bot answers it on Telegram: the link in the reply.</summary>
    public async Task<string> DeskLinkAsync(long from = Reviewer)
    {
        var reply = await SayAsync(from, "/desk", language: "en");
        return LinkIn(reply.Text) ?? throw new InvalidOperationException("No sign-in link in the reply: " + reply.Text);
    }

    public static string? LinkIn(string text) => LinkPattern().Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>An HTTP client that keeps cookies and does not follow redirects.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(BaseUrl) };

    /// <summary>Waits until the adapters report <paramref name="platform"/> connected (or not).</summary>
    public async Task WaitForReadinessAsync(string platform, bool connected)
    {
        var readiness = Get<PlatformReadiness>();
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChange(string p)
        {
            if (p == platform && IsConnected() == connected)
            {
                changed.TrySetResult();
            }
        }

        bool IsConnected() => readiness.IsConnected(platform);
        readiness.Changed += OnChange;
        try
        {
            if (IsConnected() != connected)
            {
                await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));
            }
        }
        finally
        {
            readiness.Changed -= OnChange;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Api.DisposeAsync();
        store.Dispose();
    }

    [GeneratedRegex(@"https?://[^\s<>""]+/desk/login\?token=[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
