using System.Text.Json;
using FactCheck.Core.Checking;
using FactCheck.Core.Storage;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rendering;
using FactCheck.Discord.Rest;
using FactCheck.Discord.Tips;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Adapter;

/// <summary>MESSAGE_CREATE: checks any DM, and in servers the message a mention of the bot replies to; answers the
/// tipline's commands typed in a DM.</summary>
internal sealed class MessageHandler(
    DiscordApi api,
    ICheckService checker,
    IChatStateStore state,
    BotIdentity bot,
    DiscordEmbedRenderer renderer,
    TipOffer offer,
    TipTextCommands tipCommands,
    ILogger<MessageHandler> logger)
{
    public async Task HandleAsync(JsonElement message, CancellationToken cancellationToken)
    {
        if (!MessageText.HasId(message) || message.String("channel_id") is not { } channelId)
        {
            AdapterLog.Malformed(logger, "MESSAGE_CREATE");
            return;
        }

        var author = message.Object("author");
        if (author is null || author.Value.IsTrue("bot") || author.Value.String("id") == bot.UserId)
        {
            // Never answer bots, least of all ourselves: two bots could answer each other forever.
            return;
        }

        var target = await TargetAsync(message, channelId, cancellationToken);
        if (target is null)
        {
            return;
        }

        var messageId = message.String("id")!;
        if (!await state.TryMarkHandledAsync("discord", "message:" + messageId, cancellationToken))
        {
            // A resume can replay events already answered.
            return;
        }

        if (message.String("guild_id") is null && await tipCommands.TryHandleAsync(message, channelId, cancellationToken))
        {
            return;
        }

        var (checkedMessage, mention) = target.Value;

        // Asked for by a user: counted in the reviewers' statistics (a hash and the outcome, never the text).
        var request = MessageText.From(checkedMessage, remove: mention) with { Platform = TipCaller.Platform };
        var report = await checker.CheckAsync(request, cancellationToken);
        var reply = new CreateMessage(
            renderer.Render(report),
            AllowedMentions.None,
            new MessageReference(checkedMessage.String("id") ?? messageId, checkedMessage.String("channel_id") ?? channelId),
            Components: offer.For(report, request.Text));
        var result = await api.CreateMessageAsync(channelId, reply, cancellationToken);
        if (result.IsOk)
        {
            AdapterLog.Answered(logger, "message", report.Matches.Count);
        }
        else
        {
            AdapterLog.NotAnswered(logger, "message", result.HttpStatus, result.Error);
        }
    }

    /// <summary>The message to check and the mention text to strip from it, or null when the bot was not asked.</summary>
    private async Task<(JsonElement Message, string? Mention)?> TargetAsync(JsonElement message, string channelId, CancellationToken cancellationToken)
    {
        if (message.String("guild_id") is null)
        {
            return (message, null);
        }

        var botId = bot.UserId;
        if (botId is null || !message.Array("mentions").Any(u => u.String("id") == botId))
        {
            return null;
        }

        var mention = $"<@{botId}>";
        var reference = message.Object("message_reference");
        var isReply = reference is { } r && (r.Int("type") ?? 0) == 0 && r.String("message_id") is not null;
        if (!isReply)
        {
            return (message, mention);
        }

        switch (message.Get("referenced_message"))
        {
            case { ValueKind: JsonValueKind.Object } referenced:
                return (referenced, null);
            case { ValueKind: JsonValueKind.Null }:
                // The replied-to message was deleted: check what the mention itself says.
                return (message, mention);
            default:
                // Discord did not resolve it: fetch it.
                var fetched = await api.GetMessageAsync(channelId, reference!.Value.String("message_id")!, cancellationToken);
                return fetched.IsOk && MessageText.HasId(fetched.Body) ? (fetched.Body, null) : (message, mention);
        }
    }
}
