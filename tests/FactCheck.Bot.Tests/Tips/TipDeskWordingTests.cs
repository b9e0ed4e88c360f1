using FactCheck.Bot.Cli;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Desk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Tests.Tips;

/// <summary>Who each tipline text is worded for: the reviewers' chats in Reviewers:Language, each caller in their own
/// language, and a user with notifications off promised nothing.</summary>
public sealed class TipDeskWordingTests : IDisposable
{
    private const string Rumour = "Pemerintah akan membagikan bansos Rp 5 juta untuk semua warga yang mendaftar lewat tautan ini mulai besok pagi, sebarkan ke grup keluarga!";
    private static readonly Asker Editor = new("telegram", "900", "900", "en");
    private readonly TestStore store = new();

    [Theory]
    [InlineData(null, "New tip #1 (telegram): " + Rumour, "Tip #1 was asked again; 2 askers now.")]
    [InlineData("en", "New tip #1 (telegram): " + Rumour, "Tip #1 was asked again; 2 askers now.")]
    [InlineData("id", "Laporan baru #1 (telegram): " + Rumour, "Laporan #1 ditanyakan lagi; kini 2 penanya.")]
    public async Task Reviewers_notices_follow_Reviewers_Language_whatever_the_askers_language(string? reviewersLanguage, string created, string joined)
    {
        using var host = await StartAsync(reviewersLanguage);
        var desk = host.Services.GetRequiredService<TipDesk>();

        var first = await desk.SubmitAsync(User("1", "en"), Rumour, CancellationToken.None);
        var second = await desk.SubmitAsync(User("2", "id"), Rumour, CancellationToken.None);
        var again = await desk.SubmitAsync(User("2", "id"), Rumour, CancellationToken.None);

        Assert.Equal(created, first.ReviewersNotice);
        Assert.Equal(joined, second.ReviewersNotice);
        Assert.Null(again.ReviewersNotice);
        Assert.StartsWith("Thank you: your message is now tip #1", first.Text, StringComparison.Ordinal);
        Assert.StartsWith("Terima kasih: orang lain juga mengirim pesan yang sama", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_Indonesian_reviewers_a_reviewers_own_command_is_still_answered_in_that_reviewers_language()
    {
        using var host = await StartAsync("id");
        var desk = host.Services.GetRequiredService<TipDesk>();
        await desk.SubmitAsync(User("1", "id"), Rumour, CancellationToken.None);

        var english = await desk.HandleAsync(Editor, "dismiss", "42", CancellationToken.None);
        var indonesian = await desk.HandleAsync(Editor with { Language = "id" }, "dismiss", "42", CancellationToken.None);

        Assert.Equal("There is no tip #42.", english.Text);
        Assert.Equal("Tidak ada laporan #42.", indonesian.Text);
        var opened = await desk.HandleAsync(Editor with { Language = "id" }, "tip", "1", CancellationToken.None);
        Assert.StartsWith("Laporan #1 (terbuka, ditanyakan 1 kali, pertama pada ", opened.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "1 | False | not a link | Cek Fakta Contoh", "Not published: The URL must be an http or https link to the published fact-check.")]
    [InlineData("id", "1 | Salah | bukan tautan | Cek Fakta Contoh", "Tidak diterbitkan: URL harus berupa tautan http atau https ke cek fakta yang terbit.")]
    [InlineData("id", "1 |  | https://x.example/f | Cek Fakta Contoh", "Tidak diterbitkan: Kata penilaiannya belum ada.")]
    [InlineData("id", "1 | Salah | https://x.example/f | ", "Tidak diterbitkan: Penerbitnya belum ada.")]
    public async Task Why_a_verdict_was_not_published_is_told_in_the_reviewers_language(string language, string arguments, string expected)
    {
        using var host = await StartAsync("en");
        var desk = host.Services.GetRequiredService<TipDesk>();
        await desk.SubmitAsync(User("1", "id"), Rumour, CancellationToken.None);

        var answer = await desk.HandleAsync(Editor with { Language = language }, "publish", arguments, CancellationToken.None);

        Assert.Equal(expected, answer.Text);
        Assert.Equal(TipStatus.Open, (await host.Services.GetRequiredService<ITipStore>().GetAsync(1, CancellationToken.None))!.Status);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("indonesian")]
    [InlineData("")]
    public void A_bad_Reviewers_Language_fails_at_start_with_one_line_naming_the_setting(string value)
    {
        var settings = store.Settings;
        settings["Reviewers:Language"] = value;
        using var host = BotHostFactory.CreateBuilder([], settings, consoleChat: false).Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(["Reviewers:Language must be en or id."], error.Failures);
    }

    [Theory]
    [InlineData("en",
        "Thank you: your message is now tip #1 for our reviewers. Your notifications are off, so you will not be told when a fact-check is published; /notify on turns them back on.",
        "Thank you: others sent the same message, so tip #1 has now been asked about 2 times. Your notifications are off, so you will not be told when a fact-check is published; /notify on turns them back on.",
        "You already sent this message (tip #1). Your notifications are off, so you will not be told when it is checked; /notify on turns them back on.")]
    [InlineData("id",
        "Terima kasih: pesan Anda kini menjadi laporan #1 untuk peninjau kami. Pemberitahuan Anda sedang nonaktif, jadi Anda tidak akan diberi tahu jika cek faktanya terbit; /notify on untuk mengaktifkannya kembali.",
        "Terima kasih: orang lain juga mengirim pesan yang sama, jadi laporan #1 kini ditanyakan 2 kali. Pemberitahuan Anda sedang nonaktif, jadi Anda tidak akan diberi tahu jika cek faktanya terbit; /notify on untuk mengaktifkannya kembali.",
        "Anda sudah mengirim pesan ini (laporan #1). Pemberitahuan Anda sedang nonaktif, jadi Anda tidak akan diberi tahu setelah dicek; /notify on untuk mengaktifkannya kembali.")]
    public async Task A_user_who_turned_notifications_off_is_told_so_instead_of_promised_a_notification(string language, string created, string joined, string again)
    {
        using var host = await StartAsync(null);
        var desk = host.Services.GetRequiredService<TipDesk>();
        // Both in a group, where an opted-in answer would promise a private message.
        Asker Caller(string id) => User(id, language) with { ChatId = "-100777", NotifiedPrivately = true };
        await desk.HandleAsync(Caller("1"), "notify", "off", CancellationToken.None);
        await desk.HandleAsync(Caller("2"), "notify", "off", CancellationToken.None);

        var first = await desk.SubmitAsync(Caller("1"), Rumour, CancellationToken.None);
        var second = await desk.SubmitAsync(Caller("2"), Rumour, CancellationToken.None);
        var repeated = await desk.SubmitAsync(Caller("2"), Rumour, CancellationToken.None);

        Assert.Equal([created, joined, again], new[] { first.Text, second.Text, repeated.Text });
        Assert.All(new[] { first, second, repeated }, answer => Assert.False(answer.PromisedPrivately));
        Assert.NotNull(first.ReviewersNotice);
        Assert.NotNull(second.ReviewersNotice);
    }

    [Fact]
    public async Task After_notify_on_the_submit_answer_promises_the_notification_again()
    {
        using var host = await StartAsync(null);
        var desk = host.Services.GetRequiredService<TipDesk>();
        await desk.HandleAsync(User("1", "en"), "notify", "off", CancellationToken.None);
        await desk.HandleAsync(User("1", "en"), "notify", "on", CancellationToken.None);

        var first = await desk.SubmitAsync(User("1", "en"), Rumour, CancellationToken.None);
        var other = await desk.SubmitAsync(User("2", "en"), Rumour, CancellationToken.None);

        Assert.Equal(
            "Thank you: your message is now tip #1 for our reviewers. When a fact-check is published you will be told here (/notify off stops that).",
            first.Text);
        Assert.Equal(
            "Thank you: others sent the same message, so tip #1 has now been asked about 2 times. When a fact-check is published you will be told here.",
            other.Text);
    }

    public void Dispose() => store.Dispose();

    private static Asker User(string id, string language) => new("telegram", id, id, language);

    private Task<IHost> StartAsync(string? reviewersLanguage)
    {
        var settings = store.Settings;
        settings["Reviewers:Telegram:0"] = "900";
        if (reviewersLanguage is not null)
        {
            settings["Reviewers:Language"] = reviewersLanguage;
        }

        return VerbHost.StartAsync(loadIndex: true, CancellationToken.None, settings);
    }
}
