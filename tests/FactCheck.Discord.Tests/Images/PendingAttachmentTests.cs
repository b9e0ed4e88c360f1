using FactCheck.Discord.Tests.Fakes;
using FactCheck.Discord.Tests.Host;
using FactCheck.Tests.Shared.Images;
using SkiaSharp;

namespace FactCheck.Discord.Tests.Images;

/// <summary>An image attachment offered to the reviewers survives a restart: the offer is kept in the store as the
/// attachment's URL, and the bot fetches the image again from the CDN when the user's /submit comes after it.</summary>
public sealed class PendingAttachmentTests
{
    private const string User = "1002";
    private const string ReviewersChannel = "4243";

    [Fact]
    public async Task An_attachment_offered_before_a_restart_is_submitted_by_the_submit_after_it_fetched_again_from_the_cdn()
    {
        await using var h = await StartAsync();
        var (png, _, button) = await OfferAsync(h, 41, "img-p1");
        Assert.NotNull(button);

        await h.RestartAsync();
        var told = await new TiplineSession(h).DmAsync(User, "/submit");

        Assert.Contains("#1", told.Text, StringComparison.Ordinal);
        await h.Fake.ExpectDeliveredAsync(ReviewersChannel, 1);
        var upload = Assert.Single(h.Fake.Uploads, u => u.Path == $"/channels/{ReviewersChannel}/messages");
        Assert.Equal(png, upload.Bytes);
        Assert.Equal(2, h.Fake.Downloads.Count);
    }

    [Fact]
    public async Task The_button_under_an_uncaptioned_attachment_pressed_after_a_restart_submits_the_image()
    {
        await using var h = await StartAsync();
        var (png, message, button) = await OfferAsync(h, 42, "img-p2");
        Assert.NotNull(button);
        var dm = FakeDiscord.DmChannelOf(User);

        // The button's key lived in the stopped instance's memory: the press falls back to the message it answered.
        await h.RestartAsync();
        h.Fake.Script("GET", $"/channels/{dm}/messages/img-p2", new FakeResponse(200, System.Text.Json.JsonSerializer.Serialize(message)));
        var (told, _) = await new TiplineSession(h).PressAsync(User, button, repliedTo: "img-p2");

        Assert.Contains("#1", told, StringComparison.Ordinal);
        await h.Fake.ExpectDeliveredAsync(ReviewersChannel, 1);
        Assert.Equal(png, Assert.Single(h.Fake.Uploads, u => u.Path == $"/channels/{ReviewersChannel}/messages").Bytes);
    }

    private static Task<BotHarness> StartAsync()
    {
        var settings = TiplineSession.Settings;
        settings["Reviewers:DiscordChannels:0"] = ReviewersChannel;
        return BotHarness.StartAsync(settings: settings);
    }

    // An uncaptioned image sent in a DM: the image, the message, and the button of the answer offering it to the reviewers.
    private static async Task<(byte[] Png, object Message, string? Button)> OfferAsync(BotHarness h, int seed, string messageId)
    {
        using var scene = GeneratedImages.Scene(seed, 960, 720);
        var png = GeneratedImages.Encode(scene, SKEncodedImageFormat.Png, 100);
        var url = h.Fake.AddAttachment(messageId + ".png", png);
        var message = TipEvents.DmWithAttachment(messageId, User, url, png.Length, "image/png");
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", message, 2);
        return (png, message, TiplineSession.ButtonOf((await h.Fake.ExpectDeliveredAsync(FakeDiscord.DmChannelOf(User), 1))[0]));
    }
}
