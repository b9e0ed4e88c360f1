using FactCheck.Core.Desk;
using FactCheck.Core.Hosting;
using FactCheck.Core.Tips;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Web;

/// <summary>Registers the reviewers' web desk (Kestrel as a hosted service beside the chat adapters), its sign-in
/// links and the readiness the adapters report.</summary>
internal static class WebHosting
{
    public static IHostApplicationBuilder AddWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebOptions>()
            .BindConfiguration(WebOptions.Section)
            .Validate(o => !o.Enabled || Uri.TryCreate(o.Listen, UriKind.Absolute, out var u) && u.Scheme is "http" or "https", "Web:Listen must be an http:// or https:// address (or empty to turn the web server off).")
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicUrl) || Uri.TryCreate(o.PublicUrl, UriKind.Absolute, out var u) && u.Scheme is "http" or "https", "Web:PublicUrl must be an http:// or https:// address.")
            .Validate(o => o.SessionHours is > 0 and <= 24 * 30, "Web:SessionHours must be between 1 and 720.")
            .Validate(o => o.LoginAttemptsPerMinute > 0, "Web:LoginAttemptsPerMinute must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PlatformReadiness>();
        builder.Services.AddSingleton<DeskAddress>();
        if (builder.Configuration[WebOptions.Section + ":" + nameof(WebOptions.Listen)] is { } listen && string.IsNullOrWhiteSpace(listen))
        {
            // Off: no server, and /desk is an unknown command rather than a link to nowhere.
            return builder;
        }

        builder.Services.AddSingleton(sp =>
        {
            var reviewers = sp.GetRequiredService<IOptionsMonitor<ReviewerOptions>>();
            var address = sp.GetRequiredService<DeskAddress>();
            return new DeskLogin(
                sp.GetRequiredService<IDeskStore>(),
                () => reviewers.CurrentValue,
                sp.GetRequiredService<TimeProvider>(),
                address.Base,
                TimeSpan.FromHours(sp.GetRequiredService<IOptions<WebOptions>>().Value.SessionHours));
        });
        builder.Services.AddSingleton<DeskWebServer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DeskWebServer>());
        return builder;
    }
}
