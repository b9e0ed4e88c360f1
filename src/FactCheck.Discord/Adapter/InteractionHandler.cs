using System.Text.Json;
using FactCheck.Core.Checking;
using FactCheck.Core.Storage;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rendering;
using FactCheck.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Discord.Adapter;

/// <summary>INTERACTION_CREATE: /check, the "Fact-check" message command and the visibility setting, answered within 3 s.</summary>
internal sealed class InteractionHandler(
    DiscordApi api,
    ICheckService checker,
    IChatStateStore state,
    DiscordEmbedRenderer renderer,
    IOptions<DiscordOptions> options,
    ILogger<InteractionHandler> logger)
{
    private const int ApplicationCommand = 2;

    public async Task HandleAsync(JsonElement interaction, CancellationToken cancellationToken)
    {
        if (interaction.String("id") is not { } id || interaction.String("token") is not { } token || interaction.Object("data") is not { } data)
        {
            AdapterLog.Malformed(logger, "INTERACTION_CREATE");
            return;
        }

        if (interaction.Int("type") != ApplicationCommand || !await state.TryMarkHandledAsync("discord", "interaction:" + id, cancellationToken))
        {
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

        var ephemeral = name == CommandNames.FactCheckMessage && guildId is not null && await IsContextMenuPrivateAsync(guildId, cancellationToken);
        await AnswerAsync(id, token, request, ephemeral ? InteractionMessage.Ephemeral : null, cancellationToken);
    }

    /// <summary>Answers at once when the check is quick; otherwise defers within the deadline and edits the answer in later.</summary>
    private async Task AnswerAsync(string id, string token, CheckRequest request, int? flags, CancellationToken cancellationToken)
    {
        var check = CheckOrNullAsync(request, cancellationToken);
        var deadline = Task.Delay(options.Value.InteractionDeferAfter, cancellationToken);
        RestResult result;
        CheckReport? report;
        if (await Task.WhenAny(check, deadline) == check)
        {
            report = await check;
            var message = Message(report, flags);
            result = await api.RespondAsync(id, token, new InteractionResponse(InteractionResponse.ChannelMessage, message), cancellationToken);
        }
        else
        {
            AdapterLog.Deferred(logger);
            var deferred = new InteractionResponse(InteractionResponse.DeferredChannelMessage, new InteractionMessage(Flags: flags));
            result = await api.RespondAsync(id, token, deferred, cancellationToken);
            report = await check;
            if (result.IsOk)
            {
                // The deferred answer already fixed the visibility; an edit cannot change it.
                result = await api.EditOriginalResponseAsync(options.Value.ApplicationId!, token, Message(report, null), cancellationToken);
            }
        }

        if (result.IsOk)
        {
            AdapterLog.Answered(logger, "command", report?.Matches.Count ?? 0);
        }
        else
        {
            AdapterLog.NotAnswered(logger, "command", result.HttpStatus, result.Error);
        }
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

    /// <summary>The embeds of <paramref name="report"/>, or a plain apology when the check failed.</summary>
    private InteractionMessage Message(CheckReport? report, int? flags) => report is null
        ? new InteractionMessage(AllowedMentions: AllowedMentions.None, Flags: flags, Content: "Sorry, the check failed. Please try again in a moment.")
        : new InteractionMessage(renderer.Render(report), AllowedMentions.None, flags);

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

    private static string? OptionValue(JsonElement data, string name) =>
        data.Array("options").FirstOrDefault(o => o.String("name") == name) is { ValueKind: JsonValueKind.Object } option ? option.String("value") : null;

    private static JsonElement? TargetMessage(JsonElement data) =>
        data.String("target_id") is { } target && data.Object("resolved")?.Object("messages")?.Object(target) is { } message ? message : null;
}
