using FactCheck.Core.Checking;
using FactCheck.Core.Checking.Log;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Desk;
using FactCheck.Core.Tips.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Hosting;

/// <summary>Registers the tipline: reviewer ids, tip settings, <see cref="TipService"/>, the chat commands
/// (<see cref="TipDesk"/>) and the background outbox delivery and purge (the stores come with AddStorage; each adapter
/// registers its <see cref="ITipNotificationChannel"/>).</summary>
internal static class TipHosting
{
    public static IHostApplicationBuilder AddTips(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReviewerOptions>()
            .BindConfiguration(ReviewerOptions.Section)
            .Validate(o => o.FirstInvalidId() is null, "Reviewers: Telegram and Discord must be arrays of numeric user ids.")
            .Validate(o => o.HasKnownLanguage(), "Reviewers:Language must be en or id.")
            .ValidateOnStart();
        builder.Services.AddOptions<TipOptions>()
            .BindConfiguration(TipOptions.Section)
            .Validate(o => o.JoinSimilarity is > 0 and <= 1, "Tips:JoinSimilarity must be above 0 and at most 1.")
            .Validate(o => o.RetentionDays > 0, "Tips:RetentionDays must be a positive number of days.")
            .Validate(o => o.OutboxPollSeconds > 0, "Tips:OutboxPollSeconds must be a positive number of seconds.")
            .Validate(o => o.MaxTextLength > 0, "Tips:MaxTextLength must be a positive number of characters.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new TipService(
            sp.GetRequiredService<ITipStore>(),
            sp.GetRequiredService<CheckService>(),
            sp.GetRequiredService<IOptions<ReviewerOptions>>().Value,
            sp.GetRequiredService<IOptions<TipOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<TipOutboxSignal>(),
            sp.GetService<ITipImageStore>(),
            sp.GetService<Core.Images.IImageFingerprintStore>()));
        builder.Services.AddSingleton<TipOutboxSignal>();
        builder.Services.AddSingleton<TipOutbox>();
        builder.Services.AddSingleton<TipOutboxProgress>();
        builder.Services.AddSingleton(sp => new TipDesk(
            sp.GetRequiredService<TipService>(),
            sp.GetRequiredService<ITipStore>(),
            sp.GetRequiredService<IClaimStore>(),
            sp.GetRequiredService<ICheckLog>(),
            sp.GetRequiredService<IOptions<TipOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ReviewerOptions>>().Value));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReviewerOptions>>().Value);
        builder.Services.AddSingleton<ReviewerNotices>();
        builder.Services.AddHostedService<TipOutboxService>();
        return builder;
    }
}
