using FactCheck.Core.Conversation;
using FactCheck.Core.Images;
using FactCheck.Core.Replies;
using FactCheck.Discord.Tests.Fakes;
using FactCheck.Discord.Tests.Host;
using FactCheck.Tests.Shared.Images;
using SkiaSharp;

namespace FactCheck.Discord.Tests.Images;

/// <summary>Image attachments through the fake Discord (the gateway's MESSAGE_CREATE, the attachment URL on 127.0.0.1),
/// answered by the bot as it ships: real OCR, the seed claims, the tipline.</summary>
public sealed class AttachmentTests
{
    private const string User = "1001";
    private const string ReviewersChannel = "4242";

    private static async Task<RecordedRequest> DmAsync(BotHarness h, string id, string url, long size, string contentType = "image/png")
    {
        var channel = FakeDiscord.DmChannelOf(User);
        var before = h.Fake.Delivered(channel).Count;
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", TipEvents.DmWithAttachment(id, User, url, size, contentType), 2);
        return (await h.Fake.ExpectDeliveredAsync(channel, before + 1))[before];
    }

    [SkippableTheory]
    [InlineData(false, SKEncodedImageFormat.Png)]
    [InlineData(true, SKEncodedImageFormat.Png)]
    [InlineData(false, SKEncodedImageFormat.Jpeg)]
    [InlineData(true, SKEncodedImageFormat.Jpeg)]
    public async Task An_attached_screenshot_of_the_seed_paragraph_gets_the_unverified_verdict_with_its_citation(bool dark, SKEncodedImageFormat format)
    {
        OcrPrerequisites.SkipWithoutOcr();
        await using var h = await BotHarness.StartAsync();
        var bytes = Screenshots.Render(OcrPrerequisites.SeedParagraph(), 720, 1280, dark, format, 85);
        var url = h.Fake.AddAttachment("kim." + (format == SKEncodedImageFormat.Png ? "png" : "jpg"), bytes);

        var reply = await DmAsync(h, "img-1", url, bytes.Length, format == SKEncodedImageFormat.Png ? "image/png" : "image/jpeg");

        Assert.StartsWith("Teks yang terbaca dari gambar: «", reply.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("Unverified", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Express UK", reply.Text, StringComparison.Ordinal);
        Assert.Equal("img-1", reply.Json.GetProperty("message_reference").GetProperty("message_id").GetString());

        // The CDN is asked without the bot's token.
        var download = Assert.Single(h.Fake.Downloads);
        Assert.Null(download.Authorization);
    }

    [SkippableFact]
    public async Task The_fact_check_message_command_on_a_screenshot_reads_it_and_answers_with_the_verdict()
    {
        OcrPrerequisites.SkipWithoutOcr();

        // Always deferred, so the answer arrives the same way however long the OCR takes on a loaded machine.
        await using var h = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:InteractionDeferAfter"] = "00:00:00" });
        var bytes = Screenshots.Render(OcrPrerequisites.SeedParagraph(), 720, 1280, dark: false);
        var url = h.Fake.AddAttachment("kim.png", bytes);

        await h.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Interaction("i-img", DiscordEvents.MessageCommandOnImage("t-img", url, bytes.Length)), 2);

        var deferred = await h.Fake.ExpectRequestAsync("POST", "/interactions/i-img/itok-i-img/callback");
        var edit = await h.Fake.ExpectRequestAsync("PATCH", "/webhooks/777/itok-i-img/messages/@original");
        Assert.Equal(5, deferred.Json.GetProperty("type").GetInt32());
        Assert.Contains("Unverified", edit.Text, StringComparison.Ordinal);
        Assert.Contains("Express UK", edit.Text, StringComparison.Ordinal);
        Assert.Null(Assert.Single(h.Fake.Downloads).Authorization);
    }

    [SkippableFact]
    public async Task An_attached_screenshot_of_unrelated_text_gets_no_fact_check()
    {
        OcrPrerequisites.SkipWithoutOcr();
        await using var h = await BotHarness.StartAsync();
        var bytes = Screenshots.Render("Besok pagi arisan keluarga di rumah Tante Rina jam sembilan, jangan lupa bawa kue dan piring sendiri ya.", 720, 1280, dark: false);
        var url = h.Fake.AddAttachment("arisan.png", bytes);

        var reply = await DmAsync(h, "img-2", url, bytes.Length);

        Assert.Contains("arisan", reply.Json.GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(UiText.Indonesian.NoMatch, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attachment_over_the_size_limit_is_refused_by_its_stated_size_without_downloading_it()
    {
        await using var h = await BotHarness.StartAsync();
        var url = h.Fake.AddAttachment("huge.png", [1, 2, 3]);

        var reply = await DmAsync(h, "img-3", url, 50L * 1024 * 1024);

        Assert.Equal(ImageTexts.English.Refusal(ImageRefusal.TooManyBytes, new ImageOptions()), reply.Json.GetProperty("content").GetString());
        Assert.Empty(h.Fake.Downloads);
    }

    [Fact]
    public async Task A_non_image_attachment_is_checked_as_a_plain_message()
    {
        await using var h = await BotHarness.StartAsync();
        var url = h.Fake.AddAttachment("notes.txt", "hello"u8.ToArray());

        await DmAsync(h, "img-4", url, 5, "text/plain");

        Assert.Empty(h.Fake.Downloads);
    }

    [Fact]
    public async Task An_image_tip_reaches_the_reviewers_attached_and_once_published_its_altered_copy_gets_the_verdict()
    {
        var settings = TiplineSession.Settings;
        settings["Reviewers:DiscordChannels:0"] = ReviewersChannel;
        await using var h = await BotHarness.StartAsync(settings: settings);
        var s = new TiplineSession(h);
        using var original = GeneratedImages.Scene(31, 960, 720);
        var png = GeneratedImages.Encode(original, SKEncodedImageFormat.Png, 100);

        var answer = await DmAsync(h, "img-5", h.Fake.AddAttachment("scene.png", png), png.Length);
        var button = TiplineSession.ButtonOf(answer);
        Assert.NotNull(button);
        await s.PressAsync(User, button);
        await h.Fake.ExpectDeliveredAsync(ReviewersChannel, 1);
        var upload = Assert.Single(h.Fake.Uploads, u => u.Path == $"/channels/{ReviewersChannel}/messages");
        Assert.Equal(png, upload.Bytes);
        Assert.Equal("tip-1.png", upload.FileName);

        await s.CommandAsync(TipEvents.Reviewer, "publish", ("tip", 1), ("rating", "Salah"), ("url", "https://cekfakta.example.id/foto-lama"), ("publisher", "Cek Fakta Contoh"));
        using var cropped = GeneratedImages.Cropped(original, 1 - Math.Sqrt(0.95));
        var copy = GeneratedImages.Encode(cropped, SKEncodedImageFormat.Jpeg, 40);
        var verdict = await DmAsync(h, "img-6", h.Fake.AddAttachment("copy.jpg", copy), copy.Length, "image/jpeg");

        Assert.Contains("https://cekfakta.example.id/foto-lama", verdict.Text, StringComparison.Ordinal);
        var title = verdict.Json.GetProperty("embeds")[0].GetProperty("title").GetString();
        Assert.True(
            title?.StartsWith(UiText.English.VerdictHeading, StringComparison.Ordinal) == true || title?.StartsWith(UiText.Indonesian.VerdictHeading, StringComparison.Ordinal) == true,
            title);
    }
}
