using System.Text.Json;
using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Core.Storage;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rendering;
using FactCheck.Discord.Tips;
using FactCheck.Discord.Rest;
using Microsoft.Extensions.Logging;
using FactCheck.Core.Hosting;

namespace FactCheck.Discord.Adapter;

/// <summary>MESSAGE_CREATE: passes any DM, and in servers the message a mention of the bot replies to, to the
/// conversation, and posts its answer as a reply; any other server message goes to autocheck when its channel has it on.</summary>
internal sealed class MessageHandler(
    DiscordApi api,
    ConversationService conversation,
    IChatStateStore state,
    BotIdentity bot,
    DiscordAnswers answers,
    DiscordAttachments attachments,
    ChannelAutocheck autocheck,
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
        if (author is null || author.Value.IsTrue("bot") || author.Value.String("id") == bot.Id)
        {
            // Never answer bots, least of all ourselves: two bots could answer each other forever.
            return;
        }

        var messageId = message.String("id")!;
        var target = await TargetAsync(message, channelId, cancellationToken);
        if (target is null)
        {
            // Nobody asked the bot (TargetAsync gives null only for a server message that does not mention it).
            if (bot.Id is not null)
            {
                await autocheck.CheckAsync(message, channelId, ImageOf(message, channelId, messageId), cancellationToken);
            }

            return;
        }

        if (!await state.TryMarkHandledAsync("discord", "message:" + messageId, cancellationToken))
        {
            // A resume can replay events already answered.
            return;
        }

        var (checkedMessage, mention) = target.Value;
        var request = MessageText.From(checkedMessage, remove: mention);

        // A DM's "/word" is a command (typed where slash commands are not at hand); a server message is only ever
        // checked, as the bot reads it only when mentioned.
        var content = message.String("content") ?? string.Empty;
        var command = message.String("guild_id") is null ? CommandParser.Parse(content) : null;
        var incoming = command is null
            ? DiscordIncoming.OfMessage(message, channelId, request.Text, new Check(request.Text)) with { Urls = request.Urls, Image = ImageOf(checkedMessage, channelId, messageId) }
            : DiscordIncoming.OfMessage(message, channelId, content, command);
        if (command is Submit { Text: null })
        {
            incoming = incoming with { SubmitFallback = await RepliedToTextAsync(message, channelId, cancellationToken) };
        }

        var answer = await conversation.HandleAsync(incoming, cancellationToken);
        if (answers.Render(answer) is not { } rendered)
        {
            return;
        }

        var reference = command is null
            ? new MessageReference(checkedMessage.String("id") ?? messageId, checkedMessage.String("channel_id") ?? channelId)
            : new MessageReference(messageId, channelId);
        var reply = new CreateMessage(rendered.Embeds ?? [], AllowedMentions.None, reference, rendered.Content, rendered.Components);
        var result = await api.CreateMessageAsync(channelId, reply, cancellationToken);
        if (result.IsOk)
        {
            AdapterLog.Answered(logger, "message", answer.Report?.Matches.Count ?? 0);
        }
        else
        {
            AdapterLog.NotAnswered(logger, "message", result.HttpStatus, result.Error);
        }
    }

    /// <summary>The checked message's image attachment; the "reading your image…" notice, when the conversation gives
    /// one, is posted as a reply in the channel.</summary>
    private IncomingImage? ImageOf(JsonElement checkedMessage, string channelId, string messageId) =>
        attachments.Of(checkedMessage) is { } image
            ? image with
            {
                SendNotice = async (text, ct) =>
                {
                    var notice = new CreateMessage([], AllowedMentions.None, new MessageReference(messageId, channelId), DiscordContent.From(text));
                    await api.CreateMessageAsync(channelId, notice, ct);
                },
            }
            : null;

    /// <summary>"/submit" in reply to a message submits that message; in reply to the bot's answer, the message the
    /// answer replied to (fetched back from Discord, as the gateway does not resolve it).</summary>
    private async Task<string?> RepliedToTextAsync(JsonElement message, string channelId, CancellationToken cancellationToken)
    {
        if (message.Object("referenced_message") is not { } replied)
        {
            return null;
        }

        if (replied.Object("author")?.String("id") != bot.Id)
        {
            return TextOf(replied);
        }

        if (replied.Object("message_reference")?.String("message_id") is not { } originalId)
        {
            return null;
        }

        var original = await api.GetMessageAsync(channelId, originalId, cancellationToken);
        return original.IsOk && MessageText.HasId(original.Body) && original.Body.Object("author")?.String("id") != bot.Id
            ? TextOf(original.Body)
            : null;
    }

    private static string? TextOf(JsonElement message) => MessageText.From(message).Text is { Length: > 0 } text ? text : null;

    /// <summary>The message to check and the mention text to strip from it, or null when the bot was not asked.</summary>
    private async Task<(JsonElement Message, string? Mention)?> TargetAsync(JsonElement message, string channelId, CancellationToken cancellationToken)
    {
        if (message.String("guild_id") is null)
        {
            return (message, null);
        }

        var botId = bot.Id;
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
