using FactCheck.Discord.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests.Surfaces;

/// <summary>The shipped bot behind the fake Discord: the user writes in a DM, the reviewer uses slash commands, whose
/// typed options go straight into the conversation's command records.</summary>
internal sealed class DiscordSurface : ISurface
{
    public const string User = "1001";

    private BotHarness harness = null!;
    private TiplineSession session = null!;

    public string Name => "discord";

    public RecordingObserver Answers { get; } = new();

    public FailSwitch Failing { get; } = new();

    /// <summary>The last answer as sent: did it carry the "Send to reviewers" button?</summary>
    public bool LastHadButton { get; private set; }

    public static async Task<DiscordSurface> StartAsync()
    {
        var surface = new DiscordSurface();
        surface.harness = await BotHarness.StartAsync(
            wrapChecker: c => new SwitchableChecker(c, surface.Failing),
            settings: TiplineSession.Settings,
            configure: services => services.AddSingleton<FactCheck.Core.Conversation.IConversationObserver>(surface.Answers));
        surface.session = new TiplineSession(surface.harness);
        return surface;
    }

    /// <summary>DMs the bot and waits for the answer that replies to this very message (a verdict notification in
    /// the same DM must not be taken for it).</summary>
    public async Task UserSaysAsync(string text)
    {
        var id = "m-" + Guid.NewGuid().ToString("N");
        var channel = FactCheck.Discord.Tests.Fakes.FakeDiscord.DmChannelOf(User);
        await session.DispatchAsync("MESSAGE_CREATE", TipEvents.Dm(id, User, text));
        var answer = await harness.Fake.ExpectAsync(r =>
            r.Method == "POST" && r.Path == $"/channels/{channel}/messages"
            && r.Json.TryGetProperty("message_reference", out var reference) && reference.GetProperty("message_id").GetString() == id);
        LastHadButton = TiplineSession.ButtonOf(answer) is not null;
    }

    public Task ReviewerQueueAsync() => session.CommandInDmAsync(TipEvents.Reviewer, "queue");

    public Task ReviewerPublishAsync(string rating, string url, string publisher) =>
        session.CommandInDmAsync(TipEvents.Reviewer, "publish", ("tip", 1), ("rating", rating), ("url", url), ("publisher", publisher));

    public ValueTask DisposeAsync() => harness.DisposeAsync();
}
