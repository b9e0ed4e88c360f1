using FactCheck.Bot.ConsoleChat;
using FactCheck.Core.Conversation;
using FactCheck.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Bot.Tests.Surfaces;

/// <summary>The console chat on the shipped host; its one user is also the trusted reviewer.</summary>
internal sealed class ConsoleSurface : ISurface
{
    private readonly TestStore store = new();
    private IHost host = null!;
    private ConsoleConversation chat = null!;

    public string Name => "console";

    public RecordingObserver Answers { get; } = new();

    public FailSwitch Failing { get; } = new();

    public static async Task<ConsoleSurface> StartAsync()
    {
        var surface = new ConsoleSurface();
        var settings = surface.store.Settings;
        settings["Seeds:Directory"] = Path.Combine(RepoPaths.Root, "seeds");
        var builder = BotHostFactory.CreateBuilder([], settings, consoleChat: false);
        Surface.Decorate(builder.Services, surface.Answers, c => new SwitchableChecker(c, surface.Failing));
        surface.host = builder.Build();
        await surface.host.StartAsync();
        surface.chat = new ConsoleConversation(surface.host.Services.GetRequiredService<ConversationService>(), TextReader.Null, TextWriter.Null, TimeSpan.FromMilliseconds(300));
        return surface;
    }

    public Task UserSaysAsync(string text) => chat.AnswerAsync(text, CancellationToken.None);

    public Task ReviewerQueueAsync() => UserSaysAsync("/queue");

    public Task ReviewerPublishAsync(string rating, string url, string publisher) => UserSaysAsync($"/publish 1 | {rating} | {url} | {publisher}");

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
        store.Dispose();
    }
}
