using FactCheck.Bot.Cli;
using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Tests.Tips;

public sealed class TipServiceTests : IDisposable
{
    private const string Rumour = "Pemerintah akan membagikan bansos Rp 5 juta untuk semua warga yang mendaftar lewat tautan ini mulai besok pagi, sebarkan ke grup keluarga!";
    private static readonly Reviewer Editor = new("telegram", "900");
    private readonly TestStore store = new();

    [Fact]
    public async Task A_near_identical_submission_joins_the_open_tip_and_another_message_does_not()
    {
        using var host = await StartAsync();
        var tips = host.Services.GetRequiredService<TipService>();

        var first = await tips.SubmitAsync(Submission(Rumour, "1"), CancellationToken.None);
        var near = await tips.SubmitAsync(Submission("🚨 PEMERINTAH akan membagikan BANSOS Rp 5 juta untuk semua warga yang mendaftar lewat tautan ini mulai besok pagi!!! Sebarkan ke grup keluarga dan teman", "2"), CancellationToken.None);
        var other = await tips.SubmitAsync(Submission("Minum air hangat dengan lemon setiap pagi membunuh virus corona di tenggorokan", "3"), CancellationToken.None);
        var empty = await tips.SubmitAsync(Submission("😱😱 🔥", "4"), CancellationToken.None);

        Assert.Equal((SubmitStatus.Created, SubmitStatus.Joined, SubmitStatus.Created, SubmitStatus.NothingToSubmit), (first.Status, near.Status, other.Status, empty.Status));
        Assert.Equal(first.TipId, near.TipId);
        Assert.Equal(2, near.AskCount);
        var queue = await tips.ListQueueAsync(Editor, 10, CancellationToken.None);
        Assert.Equal([first.TipId, other.TipId], queue.Value!.Select(t => t.Id));
    }

    [Fact]
    public async Task A_huge_submission_keeps_its_beginning_and_a_hostile_one_is_stored_as_given()
    {
        using var host = await StartAsync();
        var tips = host.Services.GetRequiredService<TipService>();
        var huge = Rumour + " " + string.Concat(Enumerable.Repeat("Berita ini menyebar di grup keluarga tanpa sumber yang jelas. ", 20_000));
        const string Hostile = "'); DROP TABLE tips; -- <script>alert(1)</script> \u202E Vaksin mengandung chip pelacak dari satelit";

        var big = await tips.SubmitAsync(Submission(huge, "1"), CancellationToken.None);
        var odd = await tips.SubmitAsync(Submission(Hostile, "2"), CancellationToken.None);

        var store = host.Services.GetRequiredService<ITipStore>();
        Assert.Equal(20_000, (await store.GetAsync(big.TipId, CancellationToken.None))!.Text.Length);
        Assert.Equal(Hostile, (await store.GetAsync(odd.TipId, CancellationToken.None))!.Text);
    }

    [Fact]
    public async Task A_reworded_forward_of_the_same_claim_joins_the_tip_the_matcher_would_answer_with()
    {
        using var host = await StartAsync();
        var tips = host.Services.GetRequiredService<TipService>();

        var first = await tips.SubmitAsync(Submission(Rumour, "1"), CancellationToken.None);
        var reworded = await tips.SubmitAsync(Submission(
            "INFO PENTING!! Mulai besok pagi pemerintah membagikan bansos Rp 5 juta ke semua warga yang mendaftar lewat tautan ini. Cepat daftar sebelum ditutup 🙏", "2"), CancellationToken.None);
        var sameTopicOtherClaim = await tips.SubmitAsync(Submission(
            "Pendaftaran bansos tahun ini hanya bisa dilakukan di kantor kelurahan, bukan lewat tautan di media sosial", "3"), CancellationToken.None);

        Assert.Equal((SubmitStatus.Joined, first.TipId), (reworded.Status, reworded.TipId));
        Assert.Equal(SubmitStatus.Created, sameTopicOtherClaim.Status);
    }

    [Fact]
    public async Task A_published_verdict_is_then_replied_by_the_checker_and_each_asker_has_one_notification()
    {
        using var host = await StartAsync();
        var tips = host.Services.GetRequiredService<TipService>();
        var checker = host.Services.GetRequiredService<ICheckService>();
        var tip = await tips.SubmitAsync(Submission(Rumour, "1"), CancellationToken.None);
        await tips.SubmitAsync(Submission(Rumour, "2"), CancellationToken.None);
        Assert.False((await checker.CheckAsync(new CheckRequest(Rumour), CancellationToken.None)).HasReply);

        var verdict = new TipVerdict("Salah", "https://cekfakta.example.id/bansos-5-juta", "Cek Fakta Contoh", "Tidak ada program bansos seperti itu.");
        var published = await tips.PublishAsync(Editor, tip.TipId, verdict, CancellationToken.None);
        var report = await checker.CheckAsync(new CheckRequest(Rumour), CancellationToken.None);

        Assert.True(published.IsDone, published.Status.ToString());
        var match = Assert.Single(report.Matches, m => m.Decision == MatchDecision.Reply);
        var review = Assert.Single(match.Claim.Reviews);
        Assert.Equal(("Salah", "https://cekfakta.example.id/bansos-5-juta", "Cek Fakta Contoh"), (review.RatingText, review.Url, review.Publisher.Name));
        var pending = await host.Services.GetRequiredService<ITipStore>().DequeuePendingAsync("telegram", 100, CancellationToken.None);
        Assert.Equal(["1", "2"], pending.Select(m => m.Asker.UserId).Order());
        Assert.All(pending, m => Assert.Equal(TipService.ClaimIdFor(tip.TipId), m.ClaimId));
    }

    [Fact]
    public async Task A_user_who_is_not_a_configured_reviewer_is_refused_and_changes_nothing()
    {
        using var host = await StartAsync();
        var tips = host.Services.GetRequiredService<TipService>();
        var tip = await tips.SubmitAsync(Submission(Rumour, "1"), CancellationToken.None);
        var stranger = new Reviewer("telegram", "555");
        var wrongPlatform = new Reviewer("discord", "900");
        var verdict = new TipVerdict("Salah", "https://cekfakta.example.id/x", "Cek Fakta Contoh");

        var list = await tips.ListQueueAsync(stranger, 10, CancellationToken.None);
        var publish = await tips.PublishAsync(stranger, tip.TipId, verdict, CancellationToken.None);
        var dismiss = await tips.DismissAsync(wrongPlatform, tip.TipId, CancellationToken.None);
        var open = await tips.OpenAsync(stranger, tip.TipId, CancellationToken.None);

        Assert.All([list.Status, publish.Status, dismiss.Status, open.Status], s => Assert.Equal(TipActionStatus.NotAllowed, s));
        Assert.Null(list.Value);
        Assert.Equal(TipStatus.Open, (await host.Services.GetRequiredService<ITipStore>().GetAsync(tip.TipId, CancellationToken.None))!.Status);
        Assert.True((await tips.DismissAsync(Editor, tip.TipId, CancellationToken.None)).IsDone);
    }

    [Fact]
    public async Task An_unusable_verdict_is_refused_with_a_reason()
    {
        using var host = await StartAsync();
        var tips = host.Services.GetRequiredService<TipService>();
        var tip = await tips.SubmitAsync(Submission(Rumour, "1"), CancellationToken.None);

        var noLink = await tips.PublishAsync(Editor, tip.TipId, new TipVerdict("Salah", "javascript:alert(1)", "Cek Fakta"), CancellationToken.None);
        var noRating = await tips.PublishAsync(Editor, tip.TipId, new TipVerdict(" ", "https://cekfakta.example.id/x", "Cek Fakta"), CancellationToken.None);

        Assert.Equal((TipActionStatus.Invalid, TipActionStatus.Invalid), (noLink.Status, noRating.Status));
        Assert.Contains("URL", noLink.Message, StringComparison.Ordinal);
        Assert.Contains("rating", noRating.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_imported_claim_that_confidently_matches_an_open_tip_answers_it_and_queues_its_askers()
    {
        using var host = await StartAsync();
        var tips = host.Services.GetRequiredService<TipService>();
        var tip = await tips.SubmitAsync(Submission(Rumour, "1"), CancellationToken.None);
        var unrelated = await tips.SubmitAsync(Submission("Harga cabai rawit di pasar induk naik dua kali lipat karena gagal panen di Jawa Timur", "2"), CancellationToken.None);
        var review = new Review("https://cekfakta.example.id/bansos", new Publisher("Cek Fakta Contoh"), "Hoaks", Verdict.False);
        await host.Services.GetRequiredService<IClaimStore>().UpsertAsync(
            [new Claim("imported-1", "Pemerintah membagikan bansos Rp 5 juta untuk semua warga yang mendaftar lewat tautan", "id", [], [], [review])],
            CancellationToken.None);

        var resolved = await tips.ResolveOpenTipsAsync(CancellationToken.None);

        var tipStore = host.Services.GetRequiredService<ITipStore>();
        Assert.Equal(1, resolved);
        Assert.Equal((TipStatus.Published, "imported-1"), ((await tipStore.GetAsync(tip.TipId, CancellationToken.None))!.Status, (await tipStore.GetAsync(tip.TipId, CancellationToken.None))!.ClaimId));
        Assert.Equal(TipStatus.Open, (await tipStore.GetAsync(unrelated.TipId, CancellationToken.None))!.Status);
        var message = Assert.Single(await tipStore.DequeuePendingAsync("telegram", 10, CancellationToken.None));
        Assert.Equal(("1", "imported-1"), (message.Asker.UserId, message.ClaimId));
    }

    [Fact]
    public async Task The_import_verb_answers_an_open_tip_that_an_imported_fact_check_matches()
    {
        using (var host = await StartAsync())
        {
            await host.Services.GetRequiredService<TipService>().SubmitAsync(Submission(Rumour, "1"), CancellationToken.None);
        }

        var file = store.PathOf("bansos.jsonld");
        await File.WriteAllTextAsync(file, """
            { "@context": "https://schema.org", "@type": "ClaimReview", "url": "https://cekfakta.example.id/bansos",
              "claimReviewed": "Pemerintah membagikan bansos Rp 5 juta untuk semua warga yang mendaftar lewat tautan",
              "inLanguage": "id", "datePublished": "2024-05-02", "author": { "@type": "Organization", "name": "Cek Fakta Contoh" },
              "reviewRating": { "@type": "Rating", "alternateName": "Hoaks" } }
            """);
        using var output = new StringWriter();

        var code = await ImportCommand.RunAsync([file], new CliContext(TextReader.Null, output, TextWriter.Null, store.Settings), CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("1 open tip(s) answered", output.ToString(), StringComparison.Ordinal);
        using var after = await StartAsync();
        Assert.Empty(await after.Services.GetRequiredService<ITipStore>().ListOpenAsync(10, CancellationToken.None));
    }

    [Theory]
    [InlineData("Reviewers:Telegram:0", "@editor")]
    [InlineData("Tips:RetentionDays", "0")]
    [InlineData("Tips:JoinSimilarity", "1.5")]
    public void A_bad_tipline_setting_fails_at_start_naming_the_setting(string key, string value)
    {
        var settings = store.Settings;
        settings[key] = value;
        using var host = BotHostFactory.CreateBuilder([], settings, consoleChat: false).Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key.Split(':')[0], error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();

    private static TipSubmission Submission(string text, string userId) => new(text, new Asker("telegram", userId, userId, "id"));

    private Task<IHost> StartAsync()
    {
        var settings = store.Settings;
        settings["Reviewers:Telegram:0"] = "900";
        return VerbHost.StartAsync(loadIndex: true, CancellationToken.None, settings);
    }
}
