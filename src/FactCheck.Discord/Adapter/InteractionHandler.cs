using System.Text.Json;
using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Core.Storage;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rendering;
using FactCheck.Discord.Tips;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Adapter;

/// <summary>INTERACTION_CREATE: /check, the "Fact-check" message command, the visibility setting, /autocheck, the
/// tipline's commands and its button, each answered within 3 s.</summary>
internal sealed class InteractionHandler(
    InteractionCallbacks callbacks,
    ConversationService conversation,
    IChatStateStore state,
    DiscordAnswers answers,
    InteractionResponder responder,
    TipInteractions tips,
    ChannelAutocheck autocheck,
    DiscordAttachments attachments,
    ILogger<InteractionHandler> logger)
{
    private const int ApplicationCommand = 2;
    private const int MessageComponent = 3;

    public async Task HandleAsync(JsonElement interaction, CancellationToken cancellationToken)
    {
        if (interaction.String("id") is not { } id || interaction.String("token") is not { } token || interaction.Object("data") is not { } data)
        {
            AdapterLog.Malformed(logger, "INTERACTION_CREATE");
            return;
        }

        var type = interaction.Int("type");
        if (type is not (ApplicationCommand or MessageComponent) || !await state.TryMarkHandledAsync("discord", "interaction:" + id, cancellationToken))
        {
            return;
        }

        if (type == MessageComponent)
        {
            await tips.PressAsync(id, token, interaction, data, cancellationToken);
            return;
        }

        var guildId = interaction.String("guild_id");
        var name = data.String("name");
        if (name == CommandNames.Visibility)
        {
            await SetVisibilityAsync(id, token, guildId, data, cancellationToken);
            return;
        }

        if (name == CommandNames.Autocheck)
        {
            await autocheck.SwitchAsync(id, token, interaction, data, cancellationToken);
            return;
        }

        if (name is not null && TipSlashCommands.Handles(name))
        {
            await tips.CommandAsync(id, token, interaction, TipSlashCommands.From(name, data), cancellationToken);
            return;
        }

        var text = name switch
        {
            CommandNames.Check => OptionValue(data, CommandNames.CheckText) ?? string.Empty,
            CommandNames.FactCheckMessage => TargetMessage(data) is { } target ? MessageText.From(target).Text : string.Empty,
            _ => null,
        };
        if (text is null || DiscordIncoming.OfInteraction(interaction, text, new Check(text)) is not { } incoming)
        {
            AdapterLog.Ignored(logger, "command " + name);
            return;
        }

        if (name == CommandNames.FactCheckMessage && TargetMessage(data) is { } message)
        {
            // A screenshot posted without words is what the message command is most often used on: its image is read too.
            incoming = incoming with { Urls = MessageText.From(message).Urls, Image = attachments.Of(message) };
        }

        var ephemeral = name == CommandNames.FactCheckMessage && guildId is not null && await IsContextMenuPrivateAsync(guildId, cancellationToken);
        await AnswerAsync(id, token, incoming, ephemeral ? InteractionMessage.Ephemeral : null, cancellationToken);
    }

    /// <summary>Answers at once when the conversation is quick; otherwise defers within the deadline and edits the answer in later.</summary>
    private async Task AnswerAsync(string id, string token, Incoming incoming, int? flags, CancellationToken cancellationToken)
    {
        var answer = conversation.HandleAsync(incoming, cancellationToken);
        var result = await responder.RespondAsync(id, token, MessageOfAsync(answer), flags, cancellationToken);
        if (result.IsOk)
        {
            AdapterLog.Answered(logger, "command", (await answer).Report?.Matches.Count ?? 0);
        }
        else
        {
            AdapterLog.NotAnswered(logger, "command", result.HttpStatus, result.Error);
        }
    }

    // An interaction must be answered: a silent answer (over the limit again) still says why, briefly.
    private async Task<InteractionMessage> MessageOfAsync(Task<Answer> answer) =>
        answers.Render(await answer) ?? new InteractionMessage(AllowedMentions: AllowedMentions.None, Content: DiscordContent.From(ConversationTexts.For((await answer).Language).RateLimited));

    private async Task SetVisibilityAsync(string id, string token, string? guildId, JsonElement data, CancellationToken cancellationToken)
    {
        var mode = OptionValue(data, CommandNames.VisibilityMode);
        string text;
        if (guildId is null || mode is not (CommandNames.Public or CommandNames.Ephemeral))
        {
            text = "This setting applies to a server: use it there, with public or private.";
        }
        else
        {
            await state.SetSettingAsync("discord", "guild:" + guildId, CommandNames.VisibilitySetting, mode, cancellationToken);
            text = mode == CommandNames.Public
                ? "Fact-check answers on messages are now visible to everyone in this server."
                : "Fact-check answers on messages are now shown only to whoever asked.";
        }

        var answer = new InteractionMessage(AllowedMentions: AllowedMentions.None, Flags: InteractionMessage.Ephemeral, Content: text);
        await callbacks.RespondAsync(id, token, new InteractionResponse(InteractionResponse.ChannelMessage, answer), cancellationToken);
    }

    /// <summary>Context-menu answers are private unless the server chose public: checking someone's message in public can shame them.</summary>
    private async Task<bool> IsContextMenuPrivateAsync(string guildId, CancellationToken cancellationToken) =>
        await state.GetSettingAsync("discord", "guild:" + guildId, CommandNames.VisibilitySetting, cancellationToken) != CommandNames.Public;

    /// <summary>A command option's value as text (a string, or an integer's digits), or null when it was not given.</summary>
    public static string? OptionValue(JsonElement data, string name) =>
        data.Array("options").FirstOrDefault(o => o.String("name") == name) is { ValueKind: JsonValueKind.Object } option
            ? option.Get("value") switch
            {
                { ValueKind: JsonValueKind.String } text => text.GetString(),
                { ValueKind: JsonValueKind.Number } number => number.GetRawText(),
                _ => null,
            }
            : null;

    private static JsonElement? TargetMessage(JsonElement data) =>
        data.String("target_id") is { } target && data.Object("resolved")?.Object("messages")?.Object(target) is { } message ? message : null;
}
