using FactCheck.Core.Conversation;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Telegram.Configuration;
using FactCheck.Telegram.Hosting;
using FactCheck.Telegram.Sending;
using FactCheck.Telegram.Tipline;
using FactCheck.Telegram.Updates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using FactCheck.Core.Hosting;

namespace FactCheck.Telegram;

/// <summary>Registers the Telegram adapter with the host.</summary>
public static class TelegramHostBuilderExtensions
{
    /// <summary>Adds the Telegram adapter when `Telegram:Token` is configured; does nothing otherwise.</summary>
    /// <remarks>Needs an ICheckService and an IChatStateStore from the host. With a TipDesk in the host (the tipline),
    /// answers without a confident match offer "Send to reviewers", the tip desk's commands are answered, and the
    /// tip notifications of Telegram askers are delivered through this adapter's <see cref="ITipNotificationChannel"/>.</remarks>
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(TelegramOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(TelegramOptions.Token)]))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddOptions<TelegramOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;

            // The library's own 429 retry is off: TelegramSender and PollingLoop wait out retry_after themselves, within limits they log.
            return new TelegramBotClient(new TelegramBotClientOptions(o.Token, o.ApiBaseUrl) { RetryThreshold = 0, RetryCount = 0 });
        });

        // The conversation every surface shares; the full bot registers it with the tipline, a bare adapter gets its own.
        services.TryAddSingleton(ConversationOptions.From(key => builder.Configuration[key]));
        services.TryAddSingleton<ConversationService>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<ChatSettings>();
        services.TryAddSingleton(SendSpacing.Telegram);
        services.AddSingleton<OutgoingThrottle>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<CheckRequestBuilder>();
        services.AddSingleton<TelegramImages>();
        services.AddSingleton<IImageReferences, TelegramImageReferences>();
        services.AddSingleton<GroupAdmins>();
        services.AddSingleton<CheckResponder>();
        services.AddSingleton<CommandHandler>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<InlineQueryHandler>();
        services.AddSingleton<TipButtonHandler>();
        services.AddSingleton<ITipNotificationChannel, TelegramTipChannel>();
        services.AddSingleton<UpdateRouter>();
        services.AddSingleton<BotStartup>();
        services.AddSingleton<PollingLoop>();
        services.AddSingleton<WebhookLoop>();
        services.AddSingleton<ClaimedUpdates>();
        services.AddHostedService<TelegramBotService>();
        return builder;
    }
}
