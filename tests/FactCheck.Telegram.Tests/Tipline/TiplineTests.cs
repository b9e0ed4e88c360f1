using System.Net;
using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Tests.Shared;

namespace FactCheck.Telegram.Tests.Tipline;

/// <summary>Issue 6 on Telegram, through the shipped bot: submitting, reviewing, publishing, notifying once, forgetting.</summary>
public sealed class TiplineTests : IDisposable
{
    private const long UserA = 880_001;
    private const long UserB = 880_002;
    private const long Stranger = 880_003;
    private const long Poster = 880_004;
    private const long ReviewersChatMember = 880_005;

    private const string Rumour = TipScenario.Rumour;
    private const string RumourAgain = Rumour + "!!! Share now";
    private const string Heading = TipScenario.Heading;
    private const string Publish = TipScenario.Publish;
    private const string Updated = "Updated: the fact-check for the message you sent us (tip #1) has changed";
    private const string StartPrivateChat = "If you have never started a chat with @" + FakeBotApi.BotUsername + ", open it and press Start: until then Telegram does not let me write to you.";

    private readonly TempFolder directory = new("factcheck-tipline-");

    [Fact]
    public async Task Two_askers_of_near_identical_rumours_are_each_told_the_published_verdict_exactly_once()
    {
        await using var api = new FakeBotApi();
        await using var bot = await ShippedBot.StartAsync(api, ShippedBot.DatabaseIn(directory));

        // A asks in a private chat: no fact-check is known, so the answer offers the button. A presses it.
        var rumour = Tg.Private(UserA, Rumour);
        var answer = await TipScenario.AskAsync(api, rumour);
        Assert.DoesNotContain("<b>False</b>", answer.Text, StringComparison.Ordinal);
        Assert.Equal(["tip:submit"], answer.ButtonData);
        api.Enqueue(Tg.Press(UserA, answer, rumour));
        var created = await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == UserA && c.ReplyTo == answer.MessageId, 60);
        Assert.Equal(
            "Thank you: your message is now tip #1 for our reviewers. When a fact-check is published you will be told here (/notify off stops that).",
            WebUtility.HtmlDecode(created.Text));
        Assert.Contains(api.Calls, c => c.Method == "answerCallbackQuery" && c.Succeeded);
        Assert.Contains(api.Calls, c => c.Method == "editMessageReplyMarkup" && c.Body["message_id"]?.GetValue<int>() == answer.MessageId);
        var toOurAnswer = await TipScenario.AskAsync(api, Tg.Message(Tg.PrivateChat(UserA), Tg.User(UserA), "/submit", Tg.Ours(answer)));
        Assert.Contains("press \"Send to reviewers\"", WebUtility.HtmlDecode(toOurAnswer.Text), StringComparison.Ordinal);
        var notice = await api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == ShippedBot.ReviewersGroup && c.Text.Contains("New tip #1", StringComparison.Ordinal), 60);
        Assert.Contains("garlic water", notice.Text, StringComparison.Ordinal);

        // B, in a family group, replies /submit to a near-identical forward someone posted there: the tip's count rises.
        var forward = Tg.Message(Tg.Group(), Tg.User(Poster, name: "Poster"), RumourAgain);
        api.EnqueueMessage(forward);
        var joined = await TipScenario.AskAsync(api, Tg.Message(Tg.Group(), Tg.User(UserB, name: "Budi"), "/submit", forward));
        Assert.Equal(
            "Thank you: others sent the same message, so tip #1 has now been asked about 2 times. When a fact-check is published you will be told in a private message from this bot."
                + "\n\n" + StartPrivateChat,
            WebUtility.HtmlDecode(joined.Text));

        // Nobody but a reviewer sees or changes the queue; in the family group not even the reviewer is shown it.
        var peek = await TipScenario.AskAsync(api, Tg.Private(Stranger, "/queue"));
        Assert.Contains("only this bot's reviewers", peek.Text, StringComparison.Ordinal);
        var forged = await TipScenario.AskAsync(api, Tg.Private(Stranger, "/publish 1 | True | https://example.com/forged | Forged Desk"));
        Assert.Contains("only this bot's reviewers", forged.Text, StringComparison.Ordinal);
        var inPublic = await TipScenario.AskAsync(api, Tg.Message(Tg.Group(), Tg.User(ShippedBot.Reviewer), "/queue"));
        Assert.DoesNotContain("garlic", inPublic.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("private chat", inPublic.Text, StringComparison.Ordinal);

        // Any member of the reviewers' chat may list the queue there; the configured reviewer publishes in private.
        var queue = await TipScenario.AskAsync(api, Tg.Message(Tg.Group(ShippedBot.ReviewersGroup), Tg.User(ReviewersChatMember), "/queue"));
        Assert.Contains("#1 · 2×", queue.Text, StringComparison.Ordinal);
        var published = await TipScenario.AskAsync(api, Tg.Private(ShippedBot.Reviewer, Publish));
        Assert.Contains("Published for tip #1", published.Text, StringComparison.Ordinal);

        foreach (var asker in new[] { UserA, UserB })
        {
            var told = await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == asker && c.Text.Contains(Heading, StringComparison.Ordinal), 60);
            Assert.Contains("<b>False</b>", told.Text, StringComparison.Ordinal);
            Assert.Contains("“Salah”", told.Text, StringComparison.Ordinal);
            Assert.Contains("Cek Fakta Contoh", told.Text, StringComparison.Ordinal);
            Assert.Contains("href=\"https://cekfakta.example.id/garlic-dengue\"", told.Text, StringComparison.Ordinal);
            Assert.Contains("/notify off", told.Text, StringComparison.Ordinal);
        }

        await TipScenario.SettleAsync(bot);
        Assert.Single(api.SentTo(UserA, Heading));
        Assert.Single(api.SentTo(UserB, Heading));
        Assert.DoesNotContain(api.Calls, c => c.Text.Contains("Forged Desk", StringComparison.Ordinal) && c.ChatId != Stranger);
    }

    [Fact]
    public async Task In_a_group_the_button_submits_the_checked_message_and_the_verdict_goes_to_the_pressers_private_chat()
    {
        const long presser = 880_301;
        await using var api = new FakeBotApi();
        await using var bot = await ShippedBot.StartAsync(api, ShippedBot.DatabaseIn(directory));
        var forward = Tg.Message(Tg.Group(), Tg.User(Poster, name: "Poster"), Rumour);
        api.EnqueueMessage(forward);
        var answer = await TipScenario.AskAsync(api, Tg.Message(Tg.Group(), Tg.User(presser), "/check", forward), Tg.IdOf(forward));
        Assert.Equal(["tip:submit"], answer.ButtonData);

        api.Enqueue(Tg.Press(presser, answer, forward));

        var created = await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == Tg.GroupId && c.ReplyTo == answer.MessageId, 60);
        Assert.Equal(
            "Thank you: your message is now tip #1 for our reviewers. When a fact-check is published you will be told in a private message from this bot (/notify off stops that)."
                + "\n\n" + StartPrivateChat,
            WebUtility.HtmlDecode(created.Text));

        // Asking again in the group, from an Indonesian client: the same promise of a private message, and how to make it possible.
        var again = await TipScenario.AskAsync(api, Tg.Message(Tg.Group(), Tg.User(presser, "id"), "/submit", forward));
        Assert.Equal(
            "Anda sudah mengirim pesan ini (laporan #1); Anda akan diberi tahu lewat pesan pribadi dari bot ini setelah dicek.\n\n"
                + "Jika Anda belum pernah memulai obrolan dengan @" + FakeBotApi.BotUsername + ", bukalah dan tekan Start: sebelum itu Telegram tidak mengizinkan saya menulis kepada Anda.",
            WebUtility.HtmlDecode(again.Text));
        var stats = await TipScenario.AskAsync(api, Tg.Private(ShippedBot.Reviewer, "/stats"));
        Assert.Contains("1 checks of 1 distinct messages", stats.Text, StringComparison.Ordinal);
        await TipScenario.AskAsync(api, Tg.Private(ShippedBot.Reviewer, Publish));
        await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == presser && c.Text.Contains(Heading, StringComparison.Ordinal), 60);

        // A corrected verdict is sent again, marked as updated, once.
        var corrected = await TipScenario.AskAsync(api, Tg.Private(ShippedBot.Reviewer, "/publish 1 | Menyesatkan | https://cekfakta.example.id/garlic-dengue-2 | Cek Fakta Contoh"));
        Assert.Contains("Published for tip #1", corrected.Text, StringComparison.Ordinal);
        var updated = await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == presser && c.Text.Contains(Updated, StringComparison.Ordinal), 60);
        Assert.Contains("“Menyesatkan”", updated.Text, StringComparison.Ordinal);
        await TipScenario.SettleAsync(bot);
        Assert.Single(api.SentTo(presser, Heading));
        Assert.Single(api.SentTo(presser, Updated));
        Assert.Empty(api.SentTo(Tg.GroupId, Heading));
    }

    [Fact]
    public async Task With_Reviewers_Language_id_the_reviewers_group_is_told_of_new_and_joined_tips_in_Indonesian()
    {
        await using var api = new FakeBotApi();
        await using var bot = await ShippedBot.StartAsync(api, ShippedBot.DatabaseIn(directory), new Dictionary<string, string?> { ["Reviewers:Language"] = "id" });

        var created = await TipScenario.AskAsync(api, Tg.Private(UserA, "/submit " + Rumour));
        var notice = await api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == ShippedBot.ReviewersGroup, 60);
        await TipScenario.AskAsync(api, Tg.Private(UserB, "/submit " + Rumour));
        var joined = await api.WaitForAsync(c => c.Method == "sendMessage" && c.ChatId == ShippedBot.ReviewersGroup && !ReferenceEquals(c, notice), 60);

        Assert.Equal("Laporan baru #1 (telegram): " + Rumour, WebUtility.HtmlDecode(notice.Text));
        Assert.Equal("Laporan #1 ditanyakan lagi; kini 2 penanya.", WebUtility.HtmlDecode(joined.Text));
        Assert.StartsWith("Thank you: your message is now tip #1", WebUtility.HtmlDecode(created.Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_leaves_no_trace_of_the_user_in_any_table()
    {
        const long forgetful = 770_011_223_344;
        const string secret = "Sekolah di Bandung diliburkan tiga bulan karena virus baru, kata pesan berantai dari grup alumni kemarin sore";
        await using var api = new FakeBotApi();
        await using var bot = await ShippedBot.StartAsync(api, ShippedBot.DatabaseIn(directory));
        await TipScenario.AskAsync(api, Tg.Private(forgetful, "/language id"));
        var message = Tg.Private(forgetful, secret, "id");
        var answer = await TipScenario.AskAsync(api, message);
        api.Enqueue(Tg.Press(forgetful, answer, message, language: "id"));
        var created = await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == forgetful && c.ReplyTo == answer.MessageId, 60);
        Assert.Contains("laporan #1", created.Text, StringComparison.Ordinal);
        await TipScenario.AskAsync(api, Tg.Private(forgetful, "/notify off", "id"));
        var before = await DatabaseDump.OfAsync(bot.ConnectionString);
        Assert.Contains("770011223344", before, StringComparison.Ordinal);
        Assert.Contains(secret, before, StringComparison.Ordinal);

        var done = await TipScenario.AskAsync(api, Tg.Private(forgetful, "/forget", "id"));

        Assert.Contains("Selesai", done.Text, StringComparison.Ordinal);
        var after = await DatabaseDump.OfAsync(bot.ConnectionString);
        Assert.DoesNotContain("770011223344", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Sekolah di Bandung", after, StringComparison.Ordinal);
    }

    public void Dispose() => directory.Dispose();
}
