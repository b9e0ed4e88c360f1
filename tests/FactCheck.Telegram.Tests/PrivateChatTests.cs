using FactCheck.Telegram.Tests.Fakes;

namespace FactCheck.Telegram.Tests;

/// <summary>A user talking to the bot in a private chat, through the real adapter and the fake Bot API.</summary>
public sealed class PrivateChatTests
{
    [Fact]
    public async Task Introduces_itself_with_getMe_publishes_commands_and_polls_with_increasing_offsets()
    {
        await using var api = new FakeBotApi();
        await using var host = await TelegramTestHost.StartAsync(api);
        var hello = Tg.Private(11, "hello");
        api.EnqueueMessage(hello);
        var second = api.EnqueueMessage(Tg.Private(11, "hello again"));

        await api.WaitForAsync(c => c.Method == "getUpdates" && c.Body["offset"]?.GetValue<int>() == second + 1);

        var calls = api.Calls;
        Assert.Equal("getMe", calls[0].Method);
        Assert.Contains(calls, c => c.Method == "setMyCommands" && c.Body["language_code"] is null && c.Body["commands"]!.ToJsonString().Contains("check", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Method == "setMyCommands" && c.Body["language_code"]?.GetValue<string>() == "id");
        Assert.All(
            ["submit", "notify", "privacy", "forget"],
            name => Assert.Contains(calls, c => c.Method == "setMyCommands" && c.Body["commands"]!.ToJsonString().Contains($"\"{name}\"", StringComparison.Ordinal)));
        var offsets = calls.Where(c => c.Method == "getUpdates").Select(c => c.Body["offset"]?.GetValue<int>() ?? 0).ToList();
        Assert.Equal(offsets.Order(), offsets);
        Assert.Equal(0, offsets[0]);
        var noMatch = await api.WaitForReplyAsync(Tg.IdOf(hello));
        Assert.Contains("No known fact-check", noMatch.Text, StringComparison.Ordinal);
        Assert.Empty(noMatch.ButtonData); // this host has no tipline, so there is nothing to send the message to
    }

    [Fact]
    public async Task Replies_to_private_seed_quote_with_unverified_and_express_uk_citation()
    {
        await using var api = new FakeBotApi();
        await using var host = await TelegramTestHost.StartAsync(api);
        var message = Tg.Private(21, "Kim Jong Un kepada Putin: \"Anda terlalu gila bagi kami\" (you are too crazy for us)");
        api.EnqueueMessage(message);

        var reply = await api.WaitForReplyAsync(Tg.IdOf(message));

        Assert.Equal(21, reply.ChatId);
        Assert.Equal("html", reply.Body["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        Assert.True(reply.Body["reply_parameters"]!["allow_sending_without_reply"]!.GetValue<bool>());
        Assert.True(reply.Body["link_preview_options"]!["is_disabled"]!.GetValue<bool>());
        Assert.Contains("Unverified", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Express UK", reply.Text, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.express.co.uk/", reply.Text, StringComparison.Ordinal);
        Assert.Contains("2022-03-08", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_the_text_of_a_forwarded_message()
    {
        await using var api = new FakeBotApi();
        var checker = new FakeCheckService();
        await using var host = await TelegramTestHost.StartAsync(api, checker: checker);
        var message = Tg.Forwarded(22, "BREAKING: Kim told Putin you are too crazy for us!!");
        api.EnqueueMessage(message);

        var reply = await api.WaitForReplyAsync(Tg.IdOf(message));

        Assert.Contains("Express UK", reply.Text, StringComparison.Ordinal);
        Assert.Contains(checker.Requests, r => r.Text.Contains("BREAKING", StringComparison.Ordinal) && r.UiLanguage == "en");
    }

    [Fact]
    public async Task Checks_a_photo_caption_and_passes_its_link()
    {
        await using var api = new FakeBotApi();
        var checker = new FakeCheckService();
        await using var host = await TelegramTestHost.StartAsync(api, checker: checker);
        var message = Tg.Photo(23, "Kim to Putin: too crazy for us", "https://viral.example.com/post/1");
        api.EnqueueMessage(message);

        var reply = await api.WaitForReplyAsync(Tg.IdOf(message));

        Assert.Contains("Unverified", reply.Text, StringComparison.Ordinal);
        Assert.Contains(checker.Requests, r => r.Urls is { } urls && urls.Contains("https://viral.example.com/post/1"));
    }

    [Fact]
    public async Task Answers_a_message_of_only_emoji_with_nothing_to_check()
    {
        await using var api = new FakeBotApi();
        await using var host = await TelegramTestHost.StartAsync(api);
        var message = Tg.Private(24, "😂😂🔥🔥👀");
        api.EnqueueMessage(message);

        var reply = await api.WaitForReplyAsync(Tg.IdOf(message));

        Assert.Contains("no text in this message to check", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_a_10000_character_message_within_telegram_limits()
    {
        await using var api = new FakeBotApi();
        await using var host = await TelegramTestHost.StartAsync(api);
        var message = Tg.Private(25, string.Concat(Enumerable.Repeat("Kim told Putin you are too crazy for us. ", 250))[..10_000]);
        api.EnqueueMessage(message);

        await api.WaitForAsync(c => c.Method == "sendMessage" && c.ReplyTo == Tg.IdOf(message) && c.Text.Contains("more", StringComparison.Ordinal));

        var parts = api.Calls.Where(c => c.Method == "sendMessage" && c.ReplyTo == Tg.IdOf(message)).ToList();
        Assert.All(parts, p => Assert.True(p.Succeeded && p.Text.Length <= 4096, $"status {p.Status}, length {p.Text.Length}"));
        Assert.InRange(parts.Count, 1, 3);
        Assert.Contains("only its beginning was checked", parts[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explains_itself_in_indonesian_for_an_indonesian_user_and_switches_language_on_request()
    {
        await using var api = new FakeBotApi();
        await using var host = await TelegramTestHost.StartAsync(api);
        var start = Tg.Private(26, "/start", language: "id");
        var english = Tg.Private(26, "/language en", language: "id");
        var help = Tg.Private(26, "/help", language: "id");
        api.EnqueueMessage(start);
        api.EnqueueMessage(english);
        api.EnqueueMessage(help);

        var startReply = await api.WaitForReplyAsync(Tg.IdOf(start));
        var helpReply = await api.WaitForReplyAsync(Tg.IdOf(help));

        Assert.Contains("Yang saya simpan", startReply.Text, StringComparison.Ordinal);
        Assert.Contains("@" + FakeBotApi.BotUsername, startReply.Text, StringComparison.Ordinal);
        Assert.Contains("/privacy", startReply.Text, StringComparison.Ordinal);
        Assert.Contains("/forget", startReply.Text, StringComparison.Ordinal);
        Assert.Contains("What I store", helpReply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_the_text_after_the_check_command()
    {
        await using var api = new FakeBotApi();
        var checker = new FakeCheckService();
        await using var host = await TelegramTestHost.StartAsync(api, checker: checker);
        var message = Tg.Private(27, "/check 5G towers spread covid");
        api.EnqueueMessage(message);

        var reply = await api.WaitForReplyAsync(Tg.IdOf(message));

        Assert.Contains("Pants on fire", reply.Text, StringComparison.Ordinal);
        Assert.Contains(checker.Requests, r => r.Text == "5G towers spread covid" && r.Platform == "telegram");
    }
}
