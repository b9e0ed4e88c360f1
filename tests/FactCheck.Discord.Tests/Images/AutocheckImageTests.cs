using FactCheck.Discord.Tests.Host;
using FactCheck.Tests.Shared.Images;

namespace FactCheck.Discord.Tests.Images;

/// <summary>Autocheck reads a screenshot posted without words in a channel where it is on (real OCR, the seed claims).</summary>
public sealed class AutocheckImageTests
{
    [SkippableFact]
    public async Task A_screenshot_of_the_misleading_claim_gets_its_verdict_and_a_holiday_picture_gets_nothing()
    {
        OcrPrerequisites.SkipWithoutOcr();
        await using var h = await BotHarness.StartAsync(settings: new Dictionary<string, string?> { ["Discord:MaxConcurrentHandlers"] = "1" });
        var misleading = Screenshots.Render(AutocheckEvents.MisleadingClaim, 720, 1280, dark: true);
        var arisan = Screenshots.Render("Besok pagi arisan keluarga di rumah Tante Rina jam sembilan, jangan lupa bawa kue.", 720, 1280, dark: false);
        var misleadingUrl = h.Fake.AddAttachment("nk.png", misleading);
        var arisanUrl = h.Fake.AddAttachment("arisan.png", arisan);
        await h.Gateway.DispatchAsync("INTERACTION_CREATE", AutocheckEvents.Switch("a-img", "on", AutocheckEvents.ChannelManager), 2);
        await h.Fake.ExpectRequestAsync("POST", "/interactions/a-img/");

        await h.Gateway.DispatchAsync("MESSAGE_CREATE", AutocheckEvents.Picture("p-arisan", arisanUrl, arisan.Length), 3);
        await h.Gateway.DispatchAsync("MESSAGE_CREATE", AutocheckEvents.Picture("p-nk", misleadingUrl, misleading.Length), 4);

        // One worker handles the channel's messages in order: the holiday picture was read and passed over first.
        var alarm = Assert.Single(await h.Fake.ExpectDeliveredAsync(AutocheckEvents.Channel, 1));
        Assert.Equal("p-nk", alarm.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.StartsWith("Text read from the image: «", alarm.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains("Misleading", alarm.Text, StringComparison.Ordinal);
        Assert.Equal(2, h.Fake.Downloads.Count);
    }
}
