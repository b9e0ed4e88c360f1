using FactCheck.Core.Checking;
using FactCheck.Core.Tips;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Hosting;

/// <summary>Registers the tipline: reviewer ids, tip settings and <see cref="TipService"/> (the store comes with AddStorage).</summary>
internal static class TipHosting
{
    public static IHostApplicationBuilder AddTips(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReviewerOptions>()
            .BindConfiguration(ReviewerOptions.Section)
            .Validate(o => o.FirstInvalidId() is null, "Reviewers: Telegram and Discord must be arrays of numeric user ids.")
            .ValidateOnStart();
        builder.Services.AddOptions<TipOptions>()
            .BindConfiguration(TipOptions.Section)
            .Validate(o => o.JoinSimilarity is > 0 and <= 1, "Tips:JoinSimilarity must be above 0 and at most 1.")
            .Validate(o => o.RetentionDays > 0, "Tips:RetentionDays must be a positive number of days.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new TipService(
            sp.GetRequiredService<ITipStore>(),
            sp.GetRequiredService<CheckService>(),
            sp.GetRequiredService<IOptions<ReviewerOptions>>().Value,
            sp.GetRequiredService<IOptions<TipOptions>>().Value,
            sp.GetRequiredService<TimeProvider>()));
        return builder;
    }
}
