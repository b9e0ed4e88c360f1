using System.Text.Json;
using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Discord.Adapter;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rendering;
using FactCheck.Discord.Rest;
using Microsoft.Extensions.Logging;
using FactCheck.Core.Hosting;

namespace FactCheck.Discord.Tips;

/// <summary>The tipline on Discord's interactions: its slash commands, and the "Send to reviewers" button.</summary>
/// <remarks>Every answer is ephemeral: a submission, a reviewer's queue or a user's privacy settings are nobody
/// else's business, even in a server channel.</remarks>
internal sealed class TipInteractions(
    DiscordApi api,
    InteractionCallbacks callbacks,
    ConversationService conversation,
    SubmittableTexts texts,
    InteractionResponder responder,
    BotIdentity bot,
    ILogger<TipInteractions> logger)
{
    /// <summary>Runs a tipline slash command for its caller through the conversation and answers privately.</summary>
    public async Task CommandAsync(string id, string token, JsonElement interaction, ChatCommand command, CancellationToken cancellationToken)
    {
        if (DiscordIncoming.OfInteraction(interaction, string.Empty, command) is not { } incoming)
        {
            AdapterLog.Malformed(logger, "INTERACTION_CREATE");
            return;
        }

        var work = conversation.HandleAsync(incoming, cancellationToken);
        var result = await responder.RespondAsync(id, token, MessageOfAsync(work), InteractionMessage.Ephemeral, cancellationToken);
        if (!result.IsOk)
        {
            AdapterLog.NotAnswered(logger, "tip command", result.HttpStatus, result.Error);
        }
    }

    /// <summary>The button: removes itself from the answer at once, submits the checked text, and tells the presser privately.</summary>
    public async Task PressAsync(string id, string token, JsonElement interaction, JsonElement data, CancellationToken cancellationToken)
    {
        if (data.String("custom_id") is not { } customId || !customId.StartsWith(DiscordAnswers.SubmitPrefix, StringComparison.Ordinal))
        {
            AdapterLog.Ignored(logger, "component");
            return;
        }

        // Type 7 with no components: the button goes before anything slow, within the 3 seconds, so it is pressed once.
        var update = new InteractionResponse(InteractionResponse.UpdateMessage, new InteractionMessage(Components: []));
        var updated = await callbacks.RespondAsync(id, token, update, cancellationToken);
        if (!updated.IsOk)
        {
            AdapterLog.NotAnswered(logger, "button", updated.HttpStatus, updated.Error);
            return;
        }

        var found = texts.Find(customId[DiscordAnswers.SubmitPrefix.Length..]) ?? await RepliedToTextAsync(interaction, cancellationToken);
        string content;
        if (found is not { } submittable || DiscordIncoming.OfInteraction(interaction, submittable.Text, new Submit(submittable.Text)) is not { } incoming)
        {
            content = ButtonText.Expired(ConversationTexts.Normalize(interaction.String("locale")) ?? "en");
        }
        else
        {
            // The answer's language is the asker's: their notification will be written in it.
            var answer = await conversation.HandleAsync(incoming with { Locale = submittable.Language }, cancellationToken);
            content = answer.Text ?? ConversationTexts.For(answer.Language).RateLimited;
        }

        var result = await responder.FollowUpPrivatelyAsync(token, DiscordContent.From(content), cancellationToken);
        if (!result.IsOk)
        {
            AdapterLog.NotAnswered(logger, "button", result.HttpStatus, result.Error);
        }
    }

    /// <summary>When the button's text is no longer in memory, the message the answer replied to still has it (a DM, or
    /// a server message the bot was asked about); an ephemeral answer replies to nothing.</summary>
    private async Task<(string Text, string Language)?> RepliedToTextAsync(JsonElement interaction, CancellationToken cancellationToken)
    {
        var reference = interaction.Object("message")?.Object("message_reference");
        if (reference?.String("channel_id") is not { } channelId || reference.Value.String("message_id") is not { } messageId)
        {
            return null;
        }

        var fetched = await api.GetMessageAsync(channelId, messageId, cancellationToken);
        if (!fetched.IsOk || !MessageText.HasId(fetched.Body))
        {
            return null;
        }

        var mention = bot.Id is { } botId ? $"<@{botId}>" : null;
        var text = MessageText.From(fetched.Body, remove: mention).Text;

        // An image without caption has no text of its own: the conversation submits the image it offered this user
        // (kept in the store, so any instance, also after a restart, has it).
        return string.IsNullOrWhiteSpace(text) && !DiscordAttachments.HasImage(fetched.Body)
            ? null
            : (text, ConversationTexts.Normalize(interaction.String("locale")) ?? "en");
    }

    private static async Task<InteractionMessage> MessageOfAsync(Task<Answer> work)
    {
        var answer = await work;
        return new(AllowedMentions: AllowedMentions.None, Content: DiscordContent.From(answer.Text ?? ConversationTexts.For(answer.Language).RateLimited));
    }
}
