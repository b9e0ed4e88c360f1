using FactCheck.Core.Conversation;

namespace FactCheck.Bot.Tests.Surfaces;

/// <summary>ONE script of user actions through the console, the Telegram fake and the Discord fake: every surface must
/// give answers of the same meaning (kind, language, claims and verdicts, offered actions), whatever their form.</summary>
public sealed class CrossSurfaceTests
{
    private const string SeedQuote = "\"Anda terlalu gila bagi kami,\" kata Kim Jong Un menurut satu sumber sebagaimana dilansir Express UK, Selasa 15 Maret 2022.";
    private const string Unmatched = "Air rebusan bawang putih setiap pagi menyembuhkan demam berdarah dalam tiga hari, kata dokter di rumah sakit kota";

    /// <summary>The script: who does what, and the meaning every surface's answer must have.</summary>
    private static readonly Step[] Script =
    [
        new("a message matching a seed claim", s => s.UserSaysAsync(SeedQuote), AnswerKind.Report, Claims: true, Offers: false, Command: null),
        new("an unmatched message", s => s.UserSaysAsync(Unmatched), AnswerKind.Report, Claims: false, Offers: true, Command: null),
        new("submit", s => s.UserSaysAsync("/submit " + Unmatched), AnswerKind.Text, Claims: false, Offers: false, Command: "submit"),
        new("a reviewer's queue", s => s.ReviewerQueueAsync(), AnswerKind.Text, Claims: false, Offers: false, Command: "queue"),
        new("a reviewer's publish", s => s.ReviewerPublishAsync("Salah | keliru", "https://cekfakta.example.id/bawang", "Cek Fakta Contoh"), AnswerKind.Text, Claims: false, Offers: false, Command: "publish"),
        new("notify off", s => s.UserSaysAsync("/notify off"), AnswerKind.Text, Claims: false, Offers: false, Command: "notify"),
        new("an unknown command", s => s.UserSaysAsync("/foo"), AnswerKind.Refused, Claims: false, Offers: false, Command: "foo"),
        new("a failing check", async s =>
        {
            s.Failing.On = true;
            await s.UserSaysAsync("Kenapa harga beras naik lagi minggu ini di pasar kami");
            s.Failing.On = false;
        }, AnswerKind.Failed, Claims: false, Offers: false, Command: null),
        new("forget", s => s.UserSaysAsync("/forget"), AnswerKind.Text, Claims: false, Offers: false, Command: "forget"),
    ];

    [Fact]
    public async Task One_script_gets_answers_of_the_same_meaning_on_the_console_telegram_and_discord()
    {
        var meanings = new Dictionary<string, List<Meaning>>();
        var buttons = new Dictionary<string, List<bool>>();
        foreach (var start in new Func<Task<ISurface>>[]
        {
            async () => await ConsoleSurface.StartAsync(),
            async () => await TelegramSurface.StartAsync(),
            async () => await DiscordSurface.StartAsync(),
        })
        {
            await using var surface = await start();
            var seen = meanings[surface.Name] = [];
            var shown = buttons[surface.Name] = [];
            foreach (var step in Script)
            {
                await step.Act(surface);
                var meaning = Meaning.Of(await surface.Answers.NextAsync());
                seen.Add(meaning);
                shown.Add(surface switch { TelegramSurface t => t.LastHadButton, DiscordSurface d => d.LastHadButton, _ => meaning.OffersSubmit });

                // The step's expected meaning, on this surface.
                var where = $"{surface.Name}: {step.What}";
                Assert.True(step.Kind == meaning.Kind, $"{where}: {meaning}");
                Assert.True(meaning.Language == "id", $"{where}: {meaning}");
                Assert.True(step.Claims == (meaning.Claims.Length > 0), $"{where}: {meaning}");
                Assert.True(step.Offers == meaning.OffersSubmit, $"{where}: {meaning}");
                Assert.True(step.Command == meaning.Command, $"{where}: {meaning}");
            }
        }

        // The same meaning everywhere, claim ids and verdicts included; and the offer shown where the model has it.
        Assert.Equal(meanings["console"], meanings["telegram"]);
        Assert.Equal(meanings["console"], meanings["discord"]);
        Assert.Equal(meanings["telegram"].Select(m => m.OffersSubmit), buttons["telegram"]);
        Assert.Equal(meanings["discord"].Select(m => m.OffersSubmit), buttons["discord"]);
    }

    private sealed record Step(string What, Func<ISurface, Task> Act, AnswerKind Kind, bool Claims, bool Offers, string? Command);
}
