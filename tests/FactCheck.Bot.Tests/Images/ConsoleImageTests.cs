using FactCheck.Bot.Cli;
using FactCheck.Bot.ConsoleChat;
using FactCheck.Core.Conversation;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Desk;
using FactCheck.Tests.Shared.Images;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace FactCheck.Bot.Tests.Images;

public sealed class ConsoleImageTests : IDisposable
{
    private readonly TestStore store = new();

    private string Save(string name, byte[] bytes)
    {
        var path = store.PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static ConsoleConversation Chat(IServiceProvider services) =>
        new(services.GetRequiredService<ConversationService>(), TextReader.Null, new StringWriter(), TimeSpan.FromMilliseconds(300));

    [SkippableFact]
    public async Task Image_reads_the_screenshot_and_answers_with_the_seed_verdict_saying_which_text_was_read()
    {
        OcrPrerequisites.SkipWithoutOcr();
        var path = Save("kim.png", Screenshots.Render(OcrPrerequisites.SeedParagraph(), 720, 1280, dark: true));
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);

        var reply = await Chat(host.Services).AnswerAsync("/image " + path, CancellationToken.None);

        Assert.StartsWith("Teks yang terbaca dari gambar: «", reply, StringComparison.Ordinal);
        Assert.Contains("Anda terlalu gila bagi kami", reply, StringComparison.Ordinal);
        Assert.Contains("Express UK", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Image_refuses_a_bomb_a_cut_off_file_and_a_text_file_with_a_sentence_each()
    {
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        var chat = Chat(host.Services);
        await chat.AnswerAsync("/language en", CancellationToken.None);
        using var scene = GeneratedImages.Scene(1, 400, 300);
        var png = GeneratedImages.Encode(scene, SKEncodedImageFormat.Png, 100);

        var bomb = await chat.AnswerAsync("/image " + Save("bomb.png", PngBomb.Create(30_000, 30_000, rows: 8)), CancellationToken.None);
        var cut = await chat.AnswerAsync("/image " + Save("cut.png", png[..(png.Length / 2)]), CancellationToken.None);
        var text = await chat.AnswerAsync("/image " + Save("notes.png", "not a picture"u8.ToArray()), CancellationToken.None);
        var missing = await chat.AnswerAsync("/image " + store.PathOf("nope.png"), CancellationToken.None);
        var bare = await chat.AnswerAsync("/image", CancellationToken.None);

        Assert.Equal("The image has too many pixels to read (the limit is 40 megapixels, 16384 pixels a side).", bomb);
        Assert.Equal(ImageTexts.English.Truncated, cut);
        Assert.Equal(ImageTexts.English.NotAnImage, text);
        Assert.Equal(ImageTexts.English.Unavailable, missing);
        Assert.Equal(ConsoleImage.Usage, bare);
    }

    [Fact]
    public async Task An_image_tip_published_at_the_console_answers_its_altered_copies_by_fingerprint()
    {
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        var chat = Chat(host.Services);
        await chat.AnswerAsync("/language en", CancellationToken.None);
        using var original = GeneratedImages.Scene(7, 960, 720);

        var first = await chat.AnswerAsync("/image " + Save("original.png", GeneratedImages.Encode(original, SKEncodedImageFormat.Png, 100)), CancellationToken.None);
        var submitted = await chat.AnswerAsync("/submit", CancellationToken.None);
        var withoutSummary = await chat.AnswerAsync("/publish 1 | Salah | https://cekfakta.example.id/foto-lama | Cek Fakta Contoh", CancellationToken.None);
        var published = await chat.AnswerAsync("/publish 1 | Salah | https://cekfakta.example.id/foto-lama | Cek Fakta Contoh | Foto lama, bukan kejadian baru.", CancellationToken.None);

        Assert.EndsWith(ConversationTexts.English.SubmitHint, first, StringComparison.Ordinal);
        Assert.Contains("#1", submitted, StringComparison.Ordinal);

        // The image has no words: what the bot will say it claims is the reviewer's summary, so one is required.
        Assert.Contains(TipDeskText.English.VerdictImageNeedsSummary, withoutSummary, StringComparison.Ordinal);
        Assert.Contains("#1", published, StringComparison.Ordinal);
        var tipImage = await host.Services.GetRequiredService<ITipImageStore>().GetAsync(1, CancellationToken.None);
        Assert.NotNull(tipImage);

        using var half = GeneratedImages.Scaled(original, 0.5);
        using var cropped = GeneratedImages.Cropped(original, 1 - Math.Sqrt(0.95));
        using var captioned = GeneratedImages.WithCaptionBar(original, 0.08);
        var copies = new Dictionary<string, byte[]>
        {
            ["half.png"] = GeneratedImages.Encode(half, SKEncodedImageFormat.Png, 100),
            ["q40.jpg"] = GeneratedImages.Encode(original, SKEncodedImageFormat.Jpeg, 40),
            ["cropped.png"] = GeneratedImages.Encode(cropped, SKEncodedImageFormat.Png, 100),
            ["captioned.jpg"] = GeneratedImages.Encode(captioned, SKEncodedImageFormat.Jpeg, 80),
        };
        foreach (var (name, bytes) in copies)
        {
            var reply = await chat.AnswerAsync("/image " + Save(name, bytes), CancellationToken.None) ?? string.Empty;
            Assert.True(reply.Contains("https://cekfakta.example.id/foto-lama", StringComparison.Ordinal), $"{name} was not matched:\n{reply}");
            Assert.Contains(ImageTexts.English.SameImage, reply, StringComparison.Ordinal);
            Assert.Contains(Core.Replies.UiText.English.VerdictHeading, reply, StringComparison.Ordinal);
            Assert.Contains("Foto lama, bukan kejadian baru.", reply, StringComparison.Ordinal);
            Assert.DoesNotContain("[image, PDQ", reply, StringComparison.Ordinal);
        }

        using var other = GeneratedImages.Scene(8, 960, 720);
        var unrelated = await chat.AnswerAsync("/image " + Save("other.png", GeneratedImages.Encode(other, SKEncodedImageFormat.Png, 100)), CancellationToken.None);
        Assert.DoesNotContain("foto-lama", unrelated, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_offered_before_a_restart_is_submitted_after_it_read_again_from_its_file()
    {
        using var picture = GeneratedImages.Scene(9, 640, 480);
        var png = GeneratedImages.Encode(picture, SKEncodedImageFormat.Png, 100);
        var path = Save("later.png", png);
        using (var before = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings))
        {
            await Chat(before.Services).AnswerAsync("/language en", CancellationToken.None);
            Assert.EndsWith(ConversationTexts.English.SubmitHint, await Chat(before.Services).AnswerAsync("/image " + path, CancellationToken.None), StringComparison.Ordinal);
        }

        using var after = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        var submitted = await Chat(after.Services).AnswerAsync("/submit", CancellationToken.None);

        Assert.Contains("#1", submitted, StringComparison.Ordinal);
        Assert.Equal(png, (await after.Services.GetRequiredService<ITipImageStore>().GetAsync(1, CancellationToken.None))?.Bytes);
    }

    [Fact]
    public async Task A_submission_that_fails_keeps_the_offered_image_for_the_next_try()
    {
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        var chat = Chat(host.Services);
        await chat.AnswerAsync("/language en", CancellationToken.None);
        using var picture = GeneratedImages.Scene(10, 640, 480);
        var png = GeneratedImages.Encode(picture, SKEncodedImageFormat.Png, 100);
        await chat.AnswerAsync("/image " + Save("retry.png", png), CancellationToken.None);

        await ExecuteAsync("CREATE TRIGGER refuse_tips BEFORE INSERT ON tips BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
        var failed = await chat.AnswerAsync("/submit", CancellationToken.None);
        await ExecuteAsync("DROP TRIGGER refuse_tips");
        var retried = await chat.AnswerAsync("/submit", CancellationToken.None);

        Assert.Equal(ConversationTexts.English.TiplineFailed, failed);
        Assert.Contains("#1", retried, StringComparison.Ordinal);
        Assert.Equal(png, (await host.Services.GetRequiredService<ITipImageStore>().GetAsync(1, CancellationToken.None))?.Bytes);
    }

    [Fact]
    public async Task Forget_deletes_the_users_submitted_image()
    {
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        var chat = Chat(host.Services);
        using var picture = GeneratedImages.Scene(3, 640, 480);
        await chat.AnswerAsync("/image " + Save("p.png", GeneratedImages.Encode(picture, SKEncodedImageFormat.Png, 100)), CancellationToken.None);
        await chat.AnswerAsync("/submit", CancellationToken.None);
        var images = host.Services.GetRequiredService<ITipImageStore>();
        Assert.NotNull(await images.GetAsync(1, CancellationToken.None));

        await chat.AnswerAsync("/forget", CancellationToken.None);

        Assert.Null(await images.GetAsync(1, CancellationToken.None));
    }

    [Fact]
    public async Task A_bare_submit_sends_the_last_thing_checked_an_image_only_until_a_text_follows_it()
    {
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        var conversation = host.Services.GetRequiredService<ConversationService>();
        var images = host.Services.GetRequiredService<ITipImageStore>();
        var user = new Incoming(Platform.Telegram, "51", "51", string.Empty, "en");
        static IncomingImage Photo(int seed)
        {
            using var picture = GeneratedImages.Scene(seed, 640, 480);
            var bytes = GeneratedImages.Encode(picture, SKEncodedImageFormat.Png, 100);
            return new((_, _) => Task.FromResult(Core.Images.ImageDownload.Of(bytes)), bytes.Length);
        }

        await conversation.HandleAsync(user with { Image = Photo(4) }, CancellationToken.None);
        await conversation.HandleAsync(user with { Text = "/submit" }, CancellationToken.None);
        await conversation.HandleAsync(user with { Image = Photo(6) }, CancellationToken.None);
        await conversation.HandleAsync(user with { Text = "Harga beras turun drastis minggu depan menurut pedagang pasar induk" }, CancellationToken.None);
        var second = await conversation.HandleAsync(user with { Text = "/submit" }, CancellationToken.None);

        Assert.NotNull(await images.GetAsync(1, CancellationToken.None));
        Assert.DoesNotContain("#2", second.Text, StringComparison.Ordinal);
        Assert.Null(await images.GetAsync(2, CancellationToken.None));
    }

    public void Dispose() => store.Dispose();
}
