using FactCheck.Core.Conversation;
using FactCheck.Core.Replies;
using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Telegram.Tests.Tipline;
using FactCheck.Tests.Shared;
using FactCheck.Tests.Shared.Images;
using SkiaSharp;

namespace FactCheck.Telegram.Tests.Images;

/// <summary>Photos and image documents through the fake Bot API (getFile, then the file download), answered by the
/// bot as it ships: real OCR, the seed claims, the tipline.</summary>
public sealed class PhotoTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new("factcheck-tg-photo-");
    private readonly FakeBotApi api = new();
    private ShippedBot bot = null!;

    public async Task InitializeAsync() =>
        bot = await ShippedBot.StartAsync(api, ShippedBot.DatabaseIn(folder), new Dictionary<string, string?>
        {
            ["Seeds:Directory"] = Path.Combine(RepoPaths.Root, "seeds"),
        });

    [SkippableTheory]
    [InlineData(false, SKEncodedImageFormat.Png)]
    [InlineData(true, SKEncodedImageFormat.Png)]
    [InlineData(false, SKEncodedImageFormat.Jpeg)]
    [InlineData(true, SKEncodedImageFormat.Jpeg)]
    public async Task A_photo_of_the_seed_paragraph_gets_the_unverified_verdict_with_its_citation_and_the_text_read(bool dark, SKEncodedImageFormat format)
    {
        OcrPrerequisites.SkipWithoutOcr();
        var large = Screenshots.Render(OcrPrerequisites.SeedParagraph(), 720, 1280, dark, format, 85);
        var small = Screenshots.Render(OcrPrerequisites.SeedParagraph(), 90, 160, dark, format, 85);
        api.AddFile("kim-s", small);
        api.AddFile("kim-l", large);
        var photo = Tg.PhotoSizes(Tg.PrivateChat(6001), 6001, [("kim-s", 90, 160, small.Length), ("kim-l", 720, 1280, large.Length)]);

        api.EnqueueMessage(photo);
        var reply = await api.WaitForReplyAsync(Tg.IdOf(photo), seconds: 60);

        Assert.Contains("Text read from the image: «", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Unverified", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Express UK", reply.Text, StringComparison.Ordinal);
        Assert.Contains(api.Calls, c => c.Method == "getFile" && c.Body["file_id"]?.GetValue<string>() == "kim-l");
        Assert.DoesNotContain(api.Calls, c => c.Method == "getFile" && c.Body["file_id"]?.GetValue<string>() == "kim-s");
    }

    [SkippableFact]
    public async Task A_screenshot_sent_as_a_document_is_read_like_a_photo()
    {
        OcrPrerequisites.SkipWithoutOcr();
        var png = Screenshots.Render(OcrPrerequisites.SeedParagraph(), 720, 1280, dark: false);
        api.AddFile("kim-doc", png);
        var document = Tg.Document(Tg.PrivateChat(6002), 6002, "kim-doc", "image/png", png.Length);

        api.EnqueueMessage(document);
        var reply = await api.WaitForReplyAsync(Tg.IdOf(document), seconds: 60);

        Assert.Contains("Unverified", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Express UK", reply.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_photo_of_unrelated_text_gets_no_fact_check()
    {
        OcrPrerequisites.SkipWithoutOcr();
        const string unrelated = "Besok pagi arisan keluarga di rumah Tante Rina jam sembilan, jangan lupa bawa kue dan piring sendiri ya.";
        var png = Screenshots.Render(unrelated, 720, 1280, dark: true);
        api.AddFile("arisan", png);
        var photo = Tg.PhotoSizes(Tg.PrivateChat(6003), 6003, [("arisan", 720, 1280, png.Length)]);

        api.EnqueueMessage(photo);
        var reply = await api.WaitForReplyAsync(Tg.IdOf(photo), seconds: 60);

        Assert.Contains("arisan", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(UiText.English.NoMatch, reply.Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task With_autocheck_on_a_group_screenshot_of_a_misleading_claim_gets_its_verdict_and_other_pictures_get_nothing()
    {
        OcrPrerequisites.SkipWithoutOcr();
        const long admin = 6101, member = 6102;
        api.Admins.Add(admin);
        var misleading = Screenshots.Render("North Korea tested a \"reconnaissance satellite\" on 26 February and 4 March 2022.", 720, 1280, dark: true);
        var arisan = Screenshots.Render("Besok pagi arisan keluarga di rumah Tante Rina jam sembilan, jangan lupa bawa kue.", 720, 1280, dark: false);
        api.AddFile("nk", misleading);
        api.AddFile("arisan", arisan);
        var on = Tg.Message(Tg.Group(), Tg.User(admin), "/autocheck on");
        var chatter = Tg.PhotoSizes(Tg.Group(), member, [("arisan", 720, 1280, arisan.Length)]);
        var screenshot = Tg.PhotoSizes(Tg.Group(), member, [("nk", 720, 1280, misleading.Length)]);
        foreach (var message in new[] { on, chatter, screenshot })
        {
            api.EnqueueMessage(message);
        }

        var alarm = await api.WaitForReplyAsync(Tg.IdOf(screenshot), seconds: 60);

        Assert.Contains("Text read from the image: «", alarm.Text, StringComparison.Ordinal);
        Assert.Contains("Misleading", alarm.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tip:submit", alarm.ButtonData);

        // One group's updates are handled in order: the holiday picture before it was read and passed over in silence.
        Assert.Contains(api.Calls, c => c.Method == "getFile" && c.Body["file_id"]?.GetValue<string>() == "arisan");
        Assert.DoesNotContain(api.Sent, c => c.ReplyTo == Tg.IdOf(chatter));
    }

    [Fact]
    public async Task A_photo_over_the_size_limit_is_refused_by_its_stated_size_without_downloading_it()
    {
        var photo = Tg.PhotoSizes(Tg.PrivateChat(6004), 6004, [("huge", 9000, 9000, 11 * 1024 * 1024), ("huger", 12000, 12000, 20 * 1024 * 1024)]);

        api.EnqueueMessage(photo);
        var reply = await api.WaitForReplyAsync(Tg.IdOf(photo));

        Assert.Equal(ConversationTexts.English.Images.Refusal(Core.Images.ImageRefusal.TooManyBytes, new Core.Images.ImageOptions()), reply.Text);
        Assert.DoesNotContain(api.Calls, c => c.Method == "getFile");
        Assert.Equal(0, api.Downloads);
    }

    [Fact]
    public async Task A_document_that_is_not_an_image_file_is_refused_with_a_sentence()
    {
        api.AddFile("fake-png", "%PDF-1.7 not a picture"u8.ToArray());
        var document = Tg.Document(Tg.PrivateChat(6005), 6005, "fake-png", "image/png", 22);

        api.EnqueueMessage(document);
        var reply = await api.WaitForReplyAsync(Tg.IdOf(document));

        Assert.Equal(ImageTexts.English.NotAnImage, reply.Text);
    }

    [Fact]
    public async Task An_image_tip_goes_to_the_reviewers_as_a_photo_and_once_published_its_altered_copy_gets_the_verdict()
    {
        using var original = GeneratedImages.Scene(21, 960, 720);
        var png = GeneratedImages.Encode(original, SKEncodedImageFormat.Png, 100);
        api.AddFile("scene", png);
        var photo = Tg.PhotoSizes(Tg.PrivateChat(6006), 6006, [("scene", 960, 720, png.Length)]);

        api.EnqueueMessage(photo);
        var answer = await api.WaitForReplyAsync(Tg.IdOf(photo), seconds: 60);
        Assert.Contains("tip:submit", answer.ButtonData);

        api.Enqueue(Tg.Press(6006, answer, photo));
        var posted = await api.WaitForAsync(c => c.Method == "sendPhoto" && c.Succeeded && c.ChatId == ShippedBot.ReviewersGroup, seconds: 30);
        await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == ShippedBot.ReviewersGroup && c.Text.Contains("#1", StringComparison.Ordinal), seconds: 30);
        Assert.Equal(png, api.Photos.Single(p => p.ChatId == ShippedBot.ReviewersGroup).Bytes);
        Assert.Equal("#1", posted.Body["caption"]?.GetValue<string>());

        var publish = Tg.Private(ShippedBot.Reviewer, "/publish 1 | Salah | https://cekfakta.example.id/foto-lama | Cek Fakta Contoh | Foto lama.");
        api.EnqueueMessage(publish);
        await api.WaitForReplyAsync(Tg.IdOf(publish));

        using var captioned = GeneratedImages.WithCaptionBar(GeneratedImages.Scaled(original, 0.5), 0.08);
        var copy = GeneratedImages.Encode(captioned, SKEncodedImageFormat.Jpeg, 40);
        api.AddFile("copy", copy);
        var forwarded = Tg.PhotoSizes(Tg.PrivateChat(6007), 6007, [("copy", captioned.Width, captioned.Height, copy.Length)]);
        api.EnqueueMessage(forwarded);
        var verdict = await api.WaitForReplyAsync(Tg.IdOf(forwarded), seconds: 60);

        Assert.Contains("https://cekfakta.example.id/foto-lama", verdict.Text, StringComparison.Ordinal);
        Assert.Contains(ImageTexts.English.SameImage, verdict.Text, StringComparison.Ordinal);
        Assert.Contains(UiText.English.VerdictHeading, verdict.Text, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await api.DisposeAsync();
    }

    public void Dispose()
    {
        api.DisposeAsync().AsTask().GetAwaiter().GetResult();
        folder.Dispose();
    }
}
