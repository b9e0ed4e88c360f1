using FactCheck.Bot.Cli;
using FactCheck.Core.Checking;
using FactCheck.Core.Checking.Log;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Desk;
using FactCheck.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Bot.Tests.Tips;

public sealed class TipDeskTests : IDisposable
{
    private const string Rumour = "Pemerintah akan membagikan bansos Rp 5 juta untuk semua warga yang mendaftar lewat tautan ini mulai besok pagi, sebarkan ke grup keluarga!";
    private static readonly Asker Editor = new("telegram", "900", "900", "en");
    private readonly TestStore store = new();

    [Fact]
    public async Task Submit_then_join_then_queue_shows_the_count_and_publish_answers_the_tip()
    {
        using var host = await StartAsync();
        var desk = host.Services.GetRequiredService<TipDesk>();

        var first = await desk.HandleAsync(User("1", "id"), "submit", Rumour, CancellationToken.None);
        var second = await desk.HandleAsync(User("2", "en"), "submit", Rumour.ToUpperInvariant() + " 🙏", CancellationToken.None);
        var queue = await desk.HandleAsync(Editor, "queue", string.Empty, CancellationToken.None);
        var published = await desk.HandleAsync(Editor, "publish", "#1 | False | https://cekfakta.example.id/bansos | Cek Fakta Contoh | No such programme.", CancellationToken.None);

        Assert.StartsWith("Terima kasih: pesan Anda kini menjadi laporan #1", first.Text, StringComparison.Ordinal);
        Assert.Equal("New tip #1 (telegram): " + Rumour, first.ReviewersNotice);
        Assert.StartsWith("Thank you: others sent the same message, so tip #1 has now been asked about 2 times", second.Text, StringComparison.Ordinal);
        Assert.Contains("#1 · 2× · id · ", queue.Text, StringComparison.Ordinal);
        Assert.Equal("Published for tip #1: \"False\" by Cek Fakta Contoh. Its askers will be told once.", published.Text);
        var pending = await host.Services.GetRequiredService<ITipStore>().DequeuePendingAsync("telegram", 10, CancellationToken.None);
        Assert.Equal(["1", "2"], pending.Select(p => p.Asker.UserId).Order());
    }

    [Theory]
    [InlineData("en", false, "here")]
    [InlineData("en", true, "in a private message from this bot")]
    [InlineData("id", false, "di sini")]
    [InlineData("id", true, "lewat pesan pribadi dari bot ini")]
    public async Task Submit_answers_say_where_the_verdict_will_be_told_here_or_privately(string language, bool privately, string where)
    {
        using var host = await StartAsync();
        var desk = host.Services.GetRequiredService<TipDesk>();
        Asker Caller(string id) => User(id, language) with { ChatId = privately ? "-100777" : id, NotifiedPrivately = privately };

        var created = await desk.SubmitAsync(Caller("1"), Rumour, CancellationToken.None);
        var joined = await desk.SubmitAsync(Caller("2"), Rumour, CancellationToken.None);
        var again = await desk.SubmitAsync(Caller("2"), Rumour, CancellationToken.None);

        string[] expected = language == "en"
            ? [
                $"Thank you: your message is now tip #1 for our reviewers. When a fact-check is published you will be told {where} (/notify off stops that).",
                $"Thank you: others sent the same message, so tip #1 has now been asked about 2 times. When a fact-check is published you will be told {where}.",
                $"You already sent this message (tip #1); you will be told {where} when it is checked.",
            ]
            : [
                $"Terima kasih: pesan Anda kini menjadi laporan #1 untuk peninjau kami. Jika cek faktanya terbit, Anda akan diberi tahu {where} (/notify off untuk berhenti).",
                $"Terima kasih: orang lain juga mengirim pesan yang sama, jadi laporan #1 kini ditanyakan 2 kali. Jika cek faktanya terbit, Anda akan diberi tahu {where}.",
                $"Anda sudah mengirim pesan ini (laporan #1); Anda akan diberi tahu {where} setelah dicek.",
            ];
        Assert.Equal(expected, new[] { created.Text, joined.Text, again.Text });
        Assert.All(new[] { created, joined, again }, answer => Assert.Equal(privately, answer.PromisedPrivately));
        Assert.False((await desk.SubmitAsync(Caller("3"), "  ", CancellationToken.None)).PromisedPrivately);
    }

    [Theory]
    [InlineData("queue", "")]
    [InlineData("tip", "1")]
    [InlineData("publish", "1 | False | https://x.example/f | X")]
    [InlineData("publish", "nonsense")]
    [InlineData("attach", "1 urn:x")]
    [InlineData("dismiss", "1")]
    [InlineData("stats", "")]
    public async Task A_user_who_is_not_a_reviewer_gets_a_polite_refusal_and_the_tip_stays_open(string command, string arguments)
    {
        using var host = await StartAsync();
        var desk = host.Services.GetRequiredService<TipDesk>();
        await desk.HandleAsync(User("1", "en"), "submit", Rumour, CancellationToken.None);

        var answer = await desk.HandleAsync(User("555", "en"), command, arguments, CancellationToken.None);

        Assert.Equal("Sorry, only this bot's reviewers can do that.", answer.Text);
        Assert.Equal(TipStatus.Open, (await host.Services.GetRequiredService<ITipStore>().GetAsync(1, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Any_member_of_a_configured_reviewers_chat_may_act_there_but_not_elsewhere()
    {
        using var host = await StartAsync();
        var desk = host.Services.GetRequiredService<TipDesk>();
        await desk.HandleAsync(User("1", "en"), "submit", Rumour, CancellationToken.None);

        var inChat = await desk.HandleAsync(new Asker("telegram", "777", "-100123", "en"), "queue", string.Empty, CancellationToken.None);
        var inPrivate = await desk.HandleAsync(new Asker("telegram", "777", "777", "en"), "queue", string.Empty, CancellationToken.None);

        Assert.StartsWith("Open tips, most asked first:", inChat.Text, StringComparison.Ordinal);
        Assert.Equal("Sorry, only this bot's reviewers can do that.", inPrivate.Text);
    }

    [Fact]
    public async Task Reviewer_mistakes_get_the_usage_or_the_reason_and_change_nothing()
    {
        using var host = await StartAsync();
        var desk = host.Services.GetRequiredService<TipDesk>();
        await desk.HandleAsync(User("1", "en"), "submit", Rumour, CancellationToken.None);

        var usage = await desk.HandleAsync(Editor, "publish", "1 | False", CancellationToken.None);
        var badUrl = await desk.HandleAsync(Editor, "publish", "1 | False | not a link | Cek Fakta Contoh", CancellationToken.None);
        var missing = await desk.HandleAsync(Editor, "dismiss", "42", CancellationToken.None);
        var noClaim = await desk.HandleAsync(Editor, "attach", "1 urn:nowhere", CancellationToken.None);

        Assert.StartsWith("Usage: /publish ID", usage.Text, StringComparison.Ordinal);
        Assert.Equal("Not published: The URL must be an http or https link to the published fact-check.", badUrl.Text);
        Assert.Equal("There is no tip #42.", missing.Text);
        Assert.Equal("There is no claim with the id urn:nowhere.", noClaim.Text);
        Assert.Equal(TipStatus.Open, (await host.Services.GetRequiredService<ITipStore>().GetAsync(1, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Stats_count_user_requested_checks_without_keeping_their_text()
    {
        using var host = await StartAsync();
        var checker = host.Services.GetRequiredService<ICheckService>();
        var seed = "Kim Jong Un mengatakan kepada Putin bahwa Anda terlalu gila bagi kami, Anda membuat kami terlihat seperti orang suci";
        await checker.CheckAsync(new CheckRequest(seed, Platform: "telegram"), CancellationToken.None);
        await checker.CheckAsync(new CheckRequest(seed, Platform: "discord"), CancellationToken.None);
        await checker.CheckAsync(new CheckRequest("Cuaca hari ini cerah sekali di Bogor dan sekitarnya", Platform: "telegram"), CancellationToken.None);
        await checker.CheckAsync(new CheckRequest("Nobody asked for this autocheck of a group message"), CancellationToken.None);

        var stats = await host.Services.GetRequiredService<TipDesk>().HandleAsync(Editor, "stats", "7", CancellationToken.None);
        var summary = await host.Services.GetRequiredService<ICheckLog>().SummarizeAsync(DateTimeOffset.UtcNow.AddDays(-1), 5, CancellationToken.None);

        Assert.Equal((3, 2, 1, 2), (summary.Checks, summary.Replied, summary.NoMatch, summary.DistinctMessages));
        Assert.True(stats.Text.StartsWith("Last 7 days: 3 checks of 2 distinct messages; 67% got a verdict", StringComparison.Ordinal), stats.Text);
        Assert.True(stats.Text.Contains(": Kim Jong Un told Putin \"you are too crazy for us\"", StringComparison.Ordinal) && stats.Text.Contains("\n2× ", StringComparison.Ordinal), stats.Text);

        var dump = await DatabaseDump.OfAsync(store.ConnectionString);
        Assert.DoesNotContain("Cuaca", dump, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("autocheck", dump, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Notify_off_privacy_and_forget_answer_in_the_users_language()
    {
        using var host = await StartAsync();
        var desk = host.Services.GetRequiredService<TipDesk>();
        await desk.HandleAsync(User("1", "id"), "submit", Rumour, CancellationToken.None);

        var off = await desk.HandleAsync(User("1", "id"), "notify", "off", CancellationToken.None);
        var privacy = await desk.HandleAsync(User("1", "en"), "privacy", string.Empty, CancellationToken.None);
        var forget = await desk.HandleAsync(User("1", "en"), "forget", string.Empty, CancellationToken.None);

        Assert.StartsWith("Anda tidak akan diberi tahu lagi", off.Text, StringComparison.Ordinal);
        Assert.Contains("until 180 days after the tip last changed", privacy.Text, StringComparison.Ordinal);
        Assert.StartsWith("Done: everything this bot stored about you is deleted", forget.Text, StringComparison.Ordinal);
        Assert.Null(await host.Services.GetRequiredService<ITipStore>().GetAsync(1, CancellationToken.None));
    }

    public void Dispose() => store.Dispose();

    private static Asker User(string id, string language) => new("telegram", id, id, language);

    private Task<IHost> StartAsync()
    {
        var settings = store.Settings;
        settings["Reviewers:Telegram:0"] = "900";
        settings["Reviewers:TelegramChats:0"] = "-100123";
        return VerbHost.StartAsync(loadIndex: true, CancellationToken.None, settings);
    }
}
