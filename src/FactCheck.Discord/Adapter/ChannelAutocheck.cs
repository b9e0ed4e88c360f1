using System.Text.Json;
using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Core.Storage;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rendering;
using FactCheck.Discord.Rest;
using FactCheck.Discord.Tips;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Adapter;

/// <summary>Autocheck on Discord, per server channel: <c>/autocheck mode:on|off</c> and the server messages nobody
/// asked about in a channel where it is on. The rules (who may switch, when to speak, the hourly budget) are the
/// conversation's; this only says who may manage the channel and posts what the conversation decides.</summary>
/// <remarks>Per channel, as a Telegram group is one conversation: a channel where news and forwards are shared wants it,
/// off-topic or support channels rarely do, and the hourly budget is counted per channel, so one busy channel cannot
/// spend another's. A thread is a channel of its own and is switched inside it.</remarks>
internal sealed class ChannelAutocheck(
    DiscordApi api,
    InteractionResponder responder,
    ConversationService conversation,
    IChatStateStore state,
    DiscordAnswers answers,
    ILogger<ChannelAutocheck> logger)
{
    /// <summary>True when autocheck is on in the channel.</summary>
    public Task<bool> IsOnAsync(string channelId, CancellationToken cancellationToken) =>
        conversation.IsAutocheckOnAsync(Platform.Discord, channelId, cancellationToken);

    /// <summary>/autocheck: switched in the channel it was used in, by a member who may manage that channel. The channel
    /// sees the switch (its members should know the bot reads every message there); a refusal is for the caller alone.</summary>
    public async Task SwitchAsync(string id, string token, JsonElement interaction, JsonElement data, CancellationToken cancellationToken)
    {
        var mode = InteractionHandler.OptionValue(data, CommandNames.AutocheckMode);
        var command = Autocheck.Parse(mode);
        if (DiscordIncoming.OfInteraction(interaction, mode ?? string.Empty, command) is not { } incoming)
        {
            AdapterLog.Malformed(logger, "INTERACTION_CREATE");
            return;
        }

        incoming = incoming with { SeenByOthers = interaction.String("guild_id") is not null };
        var answer = await conversation.SwitchAutocheckAsync(incoming, command, _ => Task.FromResult(DiscordPermissions.MayManageChannel(interaction)), cancellationToken);
        var message = new InteractionMessage(AllowedMentions: AllowedMentions.None, Content: DiscordContent.From(answer.Text ?? string.Empty));
        var flags = answer.Kind == AnswerKind.Refused ? InteractionMessage.Ephemeral : (int?)null;
        var result = await responder.RespondAsync(id, token, Task.FromResult(message), flags, cancellationToken);
        if (!result.IsOk)
        {
            AdapterLog.NotAnswered(logger, "autocheck switch", result.HttpStatus, result.Error);
        }
    }

    /// <summary>A server message nobody asked about: in a channel with autocheck on, checked once (a resumed gateway can
    /// replay it), and answered as a reply pinging nobody only when the conversation speaks.</summary>
    public async Task CheckAsync(JsonElement message, string channelId, IncomingImage? image, CancellationToken cancellationToken)
    {
        // A message with nothing to read (a member joined, a pin) costs no store read, as in Telegram's groups.
        var request = MessageText.From(message);
        if ((request.Text.Length == 0 && request.Urls is null && image is null) || !await IsOnAsync(channelId, cancellationToken))
        {
            return;
        }

        var messageId = message.String("id")!;
        if (!await state.TryMarkHandledAsync("discord", "message:" + messageId, cancellationToken))
        {
            return;
        }

        var incoming = DiscordIncoming.OfMessage(message, channelId, request.Text, command: null) with { Urls = request.Urls, Image = image };
        var answer = await conversation.AutocheckAsync(incoming, cancellationToken);
        if (answers.Render(answer) is not { } rendered)
        {
            return;
        }

        var reply = new CreateMessage(rendered.Embeds ?? [], AllowedMentions.None, new MessageReference(messageId, channelId), rendered.Content, rendered.Components);
        var result = await api.CreateMessageAsync(channelId, reply, cancellationToken);
        if (result.IsOk)
        {
            AdapterLog.Answered(logger, "autocheck", answer.Report?.Matches.Count ?? 0);
        }
        else
        {
            AdapterLog.NotAnswered(logger, "autocheck", result.HttpStatus, result.Error);
        }
    }
}
