using FactCheck.Core.Conversation;
using FactCheck.Core.Matching;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Discord.Adapter;
using FactCheck.Discord.Gateway;
using FactCheck.Discord.Interactions;
using FactCheck.Discord.Rendering;
using FactCheck.Discord.Rest;
using FactCheck.Discord.Tips;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using FactCheck.Core.Hosting;

namespace FactCheck.Discord;

/// <summary>Registers the Discord adapter with the host.</summary>
public static class DiscordHostBuilderExtensions
{
    /// <summary>Identifies the bot in the User-Agent Discord asks for: "DiscordBot (url, version)".</summary>
    private const string UserAgent = "DiscordBot (https://github.com/factcheck-bot/factcheck-bot, 1.0)";

    /// <summary>Adds the Discord adapter when `Discord:Token` is configured; does nothing otherwise.</summary>
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DiscordOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.Token)]))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<DiscordOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();
        services.AddSingleton(GatewayTiming.Default);
        services.AddSingleton(sp => new DiscordEmbedRenderer(
            sp.GetService<MatchingOptions>()?.MaxCheckedCharacters ?? DiscordEmbedRenderer.DefaultCheckedCharacters));
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return new GatewaySettings(o.Token!, GatewayIntents.Bot, o.ShardId, o.ShardCount);
        });
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
            var http = new HttpClient { BaseAddress = new Uri(o.ApiBaseUrl.TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
            http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
            return new DiscordRestClient(http, new RestRateLimiter(TimeProvider.System), o.Token!, sp.GetRequiredService<ILogger<DiscordRestClient>>());
        });
        services.AddSingleton<DiscordApi>();

        // Attachments come from Discord's CDN, which takes no token: a client of its own sends none.
        services.AddSingleton(sp => new DiscordAttachments(
            new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, sp.GetRequiredService<ILogger<DiscordAttachments>>()));
        services.AddSingleton<IImageReferences, DiscordImageReferences>();

        // The conversation every surface shares; the full bot registers it with the tipline, a bare adapter gets its own.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(ConversationOptions.From(key => builder.Configuration[key]));
        services.TryAddSingleton<ConversationService>();
        services.AddSingleton<GatewayClient>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton(sp => new SubmittableTexts(sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton<DiscordAnswers>();
        services.AddSingleton<InteractionCallbacks>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<TipInteractions>();
        services.AddSingleton<ITipNotificationChannel, DiscordTipChannel>();
        services.AddSingleton<ChannelAutocheck>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<DispatchRouter>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<DiscordBotService>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordBotService>());
        if (!string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.InteractionsListen)]))
        {
            AddInteractionsEndpoint(services);
        }

        return builder;
    }

    private static void AddInteractionsEndpoint(IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            // The validator has already refused a bad key (ValidateOnStart runs before any hosted service).
            var hex = sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey;
            return InteractionSignature.TryParsePublicKey(hex, out var key)
                ? new InteractionSignature(key, sp.GetRequiredService<TimeProvider>())
                : throw new InvalidOperationException("Discord:PublicKey is not a valid Ed25519 public key.");
        });
        services.AddSingleton<InteractionHttpHandler>();
        services.AddSingleton<InteractionsEndpoint>();
        services.AddHostedService(sp => sp.GetRequiredService<InteractionsEndpoint>());
    }
}
