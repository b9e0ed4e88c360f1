using FactCheck.Core.Checking;
using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Core.Tests.Conversation;

/// <summary>The autocheck switch's rule, once for every platform: only in a group, only for whoever the platform says
/// moderates it; on, off, or a toggle; kept per chat under the key Telegram has always used; said back in the caller's
/// language and the platform's words.</summary>
public sealed class AutocheckSwitchTests
{
    private static readonly Incoming InTelegramGroup = new(Platform.Telegram, "7", "-100", string.Empty, Locale: "en") { SeenByOthers = true };
    private static readonly Incoming InDiscordChannel = new(Platform.Discord, "7", "c-1", string.Empty, Locale: "en-US") { SeenByOthers = true };

    private static readonly Func<CancellationToken, Task<bool>> Moderator = _ => Task.FromResult(true);

    [Fact]
    public async Task In_a_private_chat_it_is_refused_without_asking_the_platform_who_moderates()
    {
        var store = new MemoryChatStateStore();
        var conversation = Conversation(store);
        var asked = 0;

        var answer = await conversation.SwitchAutocheckAsync(
            InTelegramGroup with { SeenByOthers = false }, new Autocheck(true), _ => Task.FromResult(++asked > 0), CancellationToken.None);

        Assert.Equal((AnswerKind.Refused, "Autocheck is for groups; here every message you send is checked anyway."), (answer.Kind, answer.Text));
        Assert.Equal(0, asked);
        Assert.Empty(store.Settings);
    }

    [Fact]
    public async Task A_caller_who_does_not_moderate_the_chat_is_refused_and_the_switch_does_not_move()
    {
        var store = new MemoryChatStateStore();
        var conversation = Conversation(store);

        var telegram = await conversation.SwitchAutocheckAsync(InTelegramGroup, new Autocheck(true), _ => Task.FromResult(false), CancellationToken.None);
        var discord = await conversation.SwitchAutocheckAsync(InDiscordChannel, new Autocheck(null), _ => Task.FromResult(false), CancellationToken.None);

        Assert.Equal((AnswerKind.Refused, "Only the group's admins can switch autocheck."), (telegram.Kind, telegram.Text));
        Assert.Equal(AnswerKind.Refused, discord.Kind);
        Assert.Contains("Manage Channels", discord.Text, StringComparison.Ordinal);
        Assert.False(await conversation.IsAutocheckOnAsync(Platform.Telegram, "-100", CancellationToken.None));
        Assert.False(await conversation.IsAutocheckOnAsync(Platform.Discord, "c-1", CancellationToken.None));
        Assert.Empty(store.Settings);
    }

    [Fact]
    public async Task On_is_stored_under_the_chat_and_off_removes_it_leaving_other_chats_and_platforms_alone()
    {
        var store = new MemoryChatStateStore();
        var conversation = Conversation(store, perHour: 3);

        var on = await conversation.SwitchAutocheckAsync(InTelegramGroup, Autocheck.Parse(" ON "), Moderator, CancellationToken.None);

        Assert.Equal(AnswerKind.Text, on.Kind);
        Assert.StartsWith("Autocheck is on: ", on.Text, StringComparison.Ordinal);
        Assert.Contains("at most 3 times an hour", on.Text, StringComparison.Ordinal);
        Assert.Equal("on", Assert.Single(store.Settings, s => s.Key == ("telegram", "chat:-100", "autocheck")).Value);
        Assert.False(await conversation.IsAutocheckOnAsync(Platform.Discord, "-100", CancellationToken.None));
        Assert.False(await conversation.IsAutocheckOnAsync(Platform.Telegram, "-200", CancellationToken.None));

        var off = await conversation.SwitchAutocheckAsync(InTelegramGroup, Autocheck.Parse("off"), Moderator, CancellationToken.None);

        Assert.Equal("Autocheck is off: I reply only to /check and to mentions.", off.Text);
        Assert.Empty(store.Settings);
        Assert.False(await conversation.IsAutocheckOnAsync(Platform.Telegram, "-100", CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("please")]
    public async Task Anything_but_on_or_off_toggles_and_says_which_way_it_went(string argument)
    {
        var conversation = Conversation(new MemoryChatStateStore());

        var first = await conversation.SwitchAutocheckAsync(InDiscordChannel, Autocheck.Parse(argument), Moderator, CancellationToken.None);
        var onAfterFirst = await conversation.IsAutocheckOnAsync(Platform.Discord, "c-1", CancellationToken.None);
        var second = await conversation.SwitchAutocheckAsync(InDiscordChannel, Autocheck.Parse(argument), Moderator, CancellationToken.None);

        Assert.True(onAfterFirst);
        Assert.StartsWith("Autocheck is on in this channel", first.Text, StringComparison.Ordinal);
        Assert.StartsWith("Autocheck is off in this channel", second.Text, StringComparison.Ordinal);
        Assert.False(await conversation.IsAutocheckOnAsync(Platform.Discord, "c-1", CancellationToken.None));
    }

    [Fact]
    public async Task The_answer_is_in_the_callers_language_and_a_chosen_language_wins_over_the_client()
    {
        var store = new MemoryChatStateStore();
        var conversation = Conversation(store);

        var byClient = await conversation.SwitchAutocheckAsync(InDiscordChannel with { Locale = "id" }, new Autocheck(true), Moderator, CancellationToken.None);
        await store.SetSettingAsync("telegram", "user:7", "language", "id", CancellationToken.None);
        var byChoice = await conversation.SwitchAutocheckAsync(InTelegramGroup, new Autocheck(false), _ => Task.FromResult(false), CancellationToken.None);

        Assert.Equal(("id", ConversationTexts.Format(AutocheckTexts.DiscordIndonesian.On, 5)), (byClient.Language, byClient.Text));
        Assert.Equal(("id", "Hanya admin grup yang dapat mengubah autocheck."), (byChoice.Language, byChoice.Text));
    }

    [Fact]
    public async Task Without_a_store_the_switch_holds_for_the_process()
    {
        var conversation = Conversation(store: null);

        await conversation.SwitchAutocheckAsync(InTelegramGroup, new Autocheck(true), Moderator, CancellationToken.None);

        Assert.True(await conversation.IsAutocheckOnAsync(Platform.Telegram, "-100", CancellationToken.None));
        Assert.False(await conversation.IsAutocheckOnAsync(Platform.Telegram, "-200", CancellationToken.None));
    }

    private static ConversationService Conversation(MemoryChatStateStore? store, int perHour = 5) =>
        new(new NoChecks(), new ConversationOptions { AutocheckRepliesPerChatPerHour = perHour }, TimeProvider.System, NullLogger<ConversationService>.Instance, settings: store);

    /// <summary>The switch never checks anything.</summary>
    private sealed class NoChecks : ICheckService
    {
        public Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the switch must not check");
    }
}
