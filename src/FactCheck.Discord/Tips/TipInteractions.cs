using System.Text.Json;
using FactCheck.Core.Tips.Desk;
using FactCheck.Discord.Adapter;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Tips;

/// <summary>The tipline on Discord's interactions: its slash commands, and the "Send to reviewers" button.</summary>
/// <remarks>Every answer is ephemeral: a submission, a reviewer's queue or a user's privacy settings are nobody
/// else's business, even in a server channel.</remarks>
internal sealed class TipInteractions(
    DiscordApi api,
    TipDesk desk,
    SubmittableTexts texts,
    ReviewerChannels reviewers,
    InteractionResponder responder,
    BotIdentity bot,
    ILogger<TipInteractions> logger)
{
    /// <summary>Runs a tipline slash command for its caller and answers privately.</summary>
    public async Task CommandAsync(string id, string token, JsonElement interaction, string name, JsonElement data, CancellationToken cancellationToken)
    {
        if (TipCaller.OfInteraction(interaction) is not { } caller)
        {
            AdapterLog.Malformed(logger, "INTERACTION_CREATE");
            return;
        }

        var work = RunAsync(() => desk.HandleAsync(caller, name, TipCommandArguments.From(name, data), cancellationToken), caller.Language);
        var result = await responder.RespondAsync(id, token, MessageOfAsync(work), InteractionMessage.Ephemeral, cancellationToken);
        if (!result.IsOk)
        {
            AdapterLog.NotAnswered(logger, "tip command", result.HttpStatus, result.Error);
        }

        await reviewers.PostAsync((await work).ReviewersNotice, cancellationToken);
    }

    /// <summary>The button: removes itself from the answer at once, submits the checked text, and tells the presser privately.</summary>
    public async Task PressAsync(string id, string token, JsonElement interaction, JsonElement data, CancellationToken cancellationToken)
    {
        if (data.String("custom_id") is not { } customId || !customId.StartsWith(TipOffer.Prefix, StringComparison.Ordinal))
        {
            AdapterLog.Ignored(logger, "component");
            return;
        }

        // Type 7 with no components: the button goes before anything slow, within the 3 seconds, so it is pressed once.
        var update = new InteractionResponse(InteractionResponse.UpdateMessage, new InteractionMessage(Components: []));
        var updated = await api.RespondAsync(id, token, update, cancellationToken);
        if (!updated.IsOk)
        {
            AdapterLog.NotAnswered(logger, "button", updated.HttpStatus, updated.Error);
            return;
        }

        var found = texts.Find(customId[TipOffer.Prefix.Length..]) ?? await RepliedToTextAsync(interaction, cancellationToken);
        var language = found?.Language ?? TipCaller.LanguageOf(interaction.String("locale"));
        DeskAnswer answer;
        if (found is null || TipCaller.OfInteraction(interaction, language) is not { } caller)
        {
            answer = new DeskAnswer(ButtonText.Expired(language));
        }
        else
        {
            answer = await RunAsync(() => desk.SubmitAsync(caller, found.Value.Text, cancellationToken), language);
        }

        var result = await responder.FollowUpPrivatelyAsync(token, DiscordContent.From(answer.Text), cancellationToken);
        if (!result.IsOk)
        {
            AdapterLog.NotAnswered(logger, "button", result.HttpStatus, result.Error);
        }

        await reviewers.PostAsync(answer.ReviewersNotice, cancellationToken);
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

        var mention = bot.UserId is { } botId ? $"<@{botId}>" : null;
        var text = MessageText.From(fetched.Body, remove: mention).Text;
        return string.IsNullOrWhiteSpace(text) ? null : (text, TipCaller.LanguageOf(interaction.String("locale")));
    }

    /// <summary>The desk's answer, or an apology when the store failed unexpectedly (logged).</summary>
    private async Task<DeskAnswer> RunAsync(Func<Task<DeskAnswer>> handle, string language)
    {
        try
        {
            return await handle();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdapterLog.HandlerFailed(logger, "tipline command", ex);
            return new DeskAnswer(ButtonText.Failed(language));
        }
    }

    private static async Task<InteractionMessage> MessageOfAsync(Task<DeskAnswer> work) =>
        new(AllowedMentions: AllowedMentions.None, Content: DiscordContent.From((await work).Text));
}
