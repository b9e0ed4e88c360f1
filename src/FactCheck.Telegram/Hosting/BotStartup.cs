using FactCheck.Telegram.Configuration;
using FactCheck.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using FactCheck.Core.Hosting;

namespace FactCheck.Telegram.Hosting;

/// <summary>First contact with the Bot API: who we are (getMe, retried until it answers) and our commands in English and Indonesian.</summary>
internal sealed partial class BotStartup(ITelegramBotClient bot, BotIdentity me, TimeProvider time, IOptions<TelegramOptions> options, ILogger<BotStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(options.Value.MaxBackoffSeconds));
        while (true)
        {
            try
            {
                var user = await bot.GetMe(cancellationToken);
                me.Set(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), user.Username);
                LogConnected(user.Username ?? "?");
                break;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 401)
            {
                // A revoked or mistyped token will not heal by retrying.
                LogUnauthorized();
                throw new InvalidOperationException("Telegram rejected the bot token (401 Unauthorized).", e);
            }
            catch (RequestException e)
            {
                LogGetMeFailed(e);
                await backoff.WaitAsync(time, cancellationToken);
            }
        }

        await PublishCommandsAsync(cancellationToken);
    }

    private async Task PublishCommandsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await bot.SetMyCommands(Commands(BotTexts.English), cancellationToken: cancellationToken);
            await bot.SetMyCommands(Commands(BotTexts.Indonesian), languageCode: "id", cancellationToken: cancellationToken);
        }
        catch (RequestException e)
        {
            // Only the command menu is missing; the bot works without it.
            LogCommandsFailed(e);
        }
    }

    private static BotCommand[] Commands(BotTexts t) =>
    [
        new("check", t.CommandCheck),
        new("help", t.CommandHelp),
        new("language", t.CommandLanguage),
        new("autocheck", t.CommandAutocheck),
        new("submit", t.CommandSubmit),
        new("notify", t.CommandNotify),
        new("privacy", t.CommandPrivacy),
        new("forget", t.CommandForget),
        new("start", t.CommandStart),
    ];

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Telegram as @{Username}")]
    private partial void LogConnected(string username);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Telegram rejected the bot token (401): check Telegram:Token")]
    private partial void LogUnauthorized();

    [LoggerMessage(Level = LogLevel.Warning, Message = "getMe failed; retrying")]
    private partial void LogGetMeFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "setMyCommands failed; the command menu stays as it was")]
    private partial void LogCommandsFailed(Exception exception);
}
