using FactCheck.Core.Conversation;
using FactCheck.Core.Images;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Hosting;

/// <summary>Registers image reading (limits, PDQ, OCR) from the `Images` settings. Nothing native loads until the first image.</summary>
internal static class ImageHosting
{
    public static IHostApplicationBuilder AddImageReading(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImageOptions>()
            .BindConfiguration(ImageOptions.Section)
            .Validate(o => o.MaxBytes > 0 && o.MaxPixels > 0 && o.MaxSide > 0, "Images: MaxBytes, MaxPixels and MaxSide must be positive.")
            .Validate(o => o.MatchDistance is >= 0 and < PdqHash.Bits, "Images: MatchDistance must be from 0 to 255.")
            .Validate(o => o.OcrTimeoutSeconds > 0 && o.MaxConcurrentOcr >= 0, "Images: OcrTimeoutSeconds must be positive and MaxConcurrentOcr not negative.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new TesseractOcr(sp.GetRequiredService<IOptions<ImageOptions>>().Value));
        builder.Services.AddSingleton(sp => new ImageReader(sp.GetRequiredService<IOptions<ImageOptions>>().Value, sp.GetRequiredService<TesseractOcr>()));

        // The conversation's image rules (ConversationService takes it when registered).
        builder.Services.AddSingleton<ImageConversation>();
        builder.Services.AddHostedService<OcrStartupCheck>();
        return builder;
    }
}
