using System.Text.Json;
using FactCheck.Core.Checking;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips.Desk;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rendering;
using FactCheck.Discord.Rest;
using FactCheck.Discord.Tips;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Adapter;

/// <summary>INTERACTION_CREATE: /check, the "Fact-check" message command, the visibility setting, the tipline's
/// commands and its button, each answered within 3 s.</summary>
internal sealed class InteractionHandler(
    DiscordApi api,
    ICheckService checker,
    IChatStateStore state,
    DiscordEmbedRenderer renderer,
    InteractionResponder responder,
    TipOffer offer,
    TipInteractions tips,
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
        var locale = interaction.String("locale");
        var name = data.String("name");
        if (name == CommandNames.Visibility)
        {
            await SetVisibilityAsync(id, token, guildId, data, cancellationToken);
            return;
        }

        if (name is not null && TipDesk.Handles(name))
        {
            await tips.CommandAsync(id, token, interaction, name, data, cancellationToken);
            return;
        }

        CheckRequest? request = name switch
        {
            CommandNames.Check => new CheckRequest(OptionValue(data, CommandNames.CheckText) ?? string.Empty, locale),
            CommandNames.FactCheckMessage => TargetMessage(data) is { } target ? MessageText.From(target, locale) : new CheckRequest(string.Empty, locale),
            _ => null,
        };
        if (request is null)
        {
            AdapterLog.Ignored(logger, "command " + name);
            return;
        }

        // Asked for by a user: counted in the reviewers' statistics (a hash and the outcome, never the text).
        request = request with { Platform = TipCaller.Platform };

        var ephemeral = name == CommandNames.FactCheckMessage && guildId is not null && await IsContextMenuPrivateAsync(guildId, cancellationToken);
        await AnswerAsync(id, token, request, ephemeral ? InteractionMessage.Ephemeral : null, cancellationToken);
    }

    /// <summary>Answers at once when the check is quick; otherwise defers within the deadline and edits the answer in later.</summary>
    private async Task AnswerAsync(string id, string token, CheckRequest request, int? flags, CancellationToken cancellationToken)
    {
        var check = CheckOrNullAsync(request, cancellationToken);
        var result = await responder.RespondAsync(id, token, AnswerOfAsync(check, request.Text), flags, cancellationToken);
        if (result.IsOk)
        {
            AdapterLog.Answered(logger, "command", (await check)?.Matches.Count ?? 0);
        }
        else
        {
            AdapterLog.NotAnswered(logger, "command", result.HttpStatus, result.Error);
        }
    }

    /// <summary>The answer's embeds, with the "Send to reviewers" button when nothing was confidently matched.</summary>
    private async Task<InteractionMessage> AnswerOfAsync(Task<CheckReport?> check, string checkedText)
    {
        var report = await check;
        return report is null
            ? new InteractionMessage(AllowedMentions: AllowedMentions.None, Content: "Sorry, the check failed. Please try again in a moment.")
            : new InteractionMessage(renderer.Render(report), AllowedMentions.None, Components: offer.For(report, checkedText));
    }

    /// <summary>The check's report, or null when it failed unexpectedly (logged): the user still gets an answer.</summary>
    private async Task<CheckReport?> CheckOrNullAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await checker.CheckAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            AdapterLog.HandlerFailed(logger, "INTERACTION_CREATE", ex);
            return null;
        }
    }

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
        await api.RespondAsync(id, token, new InteractionResponse(InteractionResponse.ChannelMessage, answer), cancellationToken);
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
