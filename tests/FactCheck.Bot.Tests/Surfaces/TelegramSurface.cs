using System.Globalization;
using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Tests.Shared;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Bot.Tests.Surfaces;

/// <summary>The shipped bot behind the fake Bot API: an Indonesian user and a reviewer in private chats.</summary>
internal sealed class TelegramSurface : ISurface
{
    public const long User = 5001;
    public const long Reviewer = 880_009;

    private readonly TestStore store = new();
    private readonly FakeBotApi api = new();
    private IHost host = null!;

    public string Name => "telegram";

    public RecordingObserver Answers { get; } = new();

    public FailSwitch Failing { get; } = new();

    /// <summary>The last answer as sent: did it carry the "Send to reviewers" button?</summary>
    public bool LastHadButton { get; private set; }

    public static async Task<TelegramSurface> StartAsync()
    {
        var surface = new TelegramSurface();
        var settings = surface.store.Settings;
        settings["Telegram:Token"] = FakeBotApi.Token;
        settings["Telegram:ApiBaseUrl"] = surface.api.BaseUrl;
        settings["Telegram:PollTimeoutSeconds"] = "1";
        settings["Telegram:MaxBackoffSeconds"] = "1";
        settings["Reviewers:Telegram:0"] = Reviewer.ToString(CultureInfo.InvariantCulture);
        settings["Seeds:Directory"] = Path.Combine(RepoPaths.Root, "seeds");
        settings["Logging:LogLevel:Default"] = "Warning";
        var builder = BotHostFactory.CreateBuilder([], settings, consoleChat: false);
        FactCheck.Telegram.Tests.QuickSpacing.UseIn(builder.Services);
        Surface.Decorate(builder.Services, surface.Answers, c => new SwitchableChecker(c, surface.Failing));
        surface.host = builder.Build();
        await surface.host.StartAsync();
        return surface;
    }

    public Task UserSaysAsync(string text) => SayAsync(User, text);

    public Task ReviewerQueueAsync() => SayAsync(Reviewer, "/queue");

    public Task ReviewerPublishAsync(string rating, string url, string publisher) => SayAsync(Reviewer, $"/publish 1 | {rating} | {url} | {publisher}");

    private async Task SayAsync(long from, string text)
    {
        var message = Tg.Private(from, text, language: "id");
        api.EnqueueMessage(message);
        var reply = await api.WaitForReplyAsync(Tg.IdOf(message), seconds: 60);
        LastHadButton = reply.ButtonData.Count > 0;
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        await api.DisposeAsync();
        store.Dispose();
    }
}
