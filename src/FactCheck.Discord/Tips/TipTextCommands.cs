using System.Text.Json;
using FactCheck.Core.Matching;
using FactCheck.Core.Tips.Desk;
using FactCheck.Discord.Adapter;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace FactCheck.Discord.Tips;

/// <summary>The tipline's commands typed as text in a DM ("/queue", "/submit the text"), for clients without slash
/// commands at hand; the answer replies to the command in the DM, which only the user sees anyway.</summary>
internal sealed class TipTextCommands(DiscordApi api, TipDesk desk, ReviewerChannels reviewers, BotIdentity bot, ILogger<TipTextCommands> logger)
{
    /// <summary>Answers <paramref name="message"/> when it is a tipline command; false when it is anything else.</summary>
    public async Task<bool> TryHandleAsync(JsonElement message, string channelId, CancellationToken cancellationToken)
    {
        if (!TipDesk.TryParse(message.String("content") ?? string.Empty, out var command, out var arguments))
        {
            return false;
        }

        if (command == "submit" && await RepliedToTextAsync(message, channelId, cancellationToken) is { } replied)
        {
            arguments = replied;
        }

        // A DM carries no locale: the submitted text's language, else English.
        var language = LanguageGuesser.Guess(TextNormalizer.Normalize(arguments).Text) == "id" ? "id" : "en";
        var answer = await desk.HandleAsync(TipCaller.OfMessage(message, channelId, language), command, arguments, cancellationToken);
        var reply = new CreateMessage([], AllowedMentions.None, new MessageReference(message.String("id")!, channelId), DiscordContent.From(answer.Text));
        var result = await api.CreateMessageAsync(channelId, reply, cancellationToken);
        if (!result.IsOk)
        {
            AdapterLog.NotAnswered(logger, "tip command", result.HttpStatus, result.Error);
        }

        await reviewers.PostAsync(answer.ReviewersNotice, cancellationToken);
        return true;
    }

    /// <summary>"/submit" in reply to a message submits that message; in reply to the bot's answer, the message the
    /// answer replied to (fetched back from Discord, as the gateway does not resolve it).</summary>
    private async Task<string?> RepliedToTextAsync(JsonElement message, string channelId, CancellationToken cancellationToken)
    {
        if (message.Object("referenced_message") is not { } replied)
        {
            return null;
        }

        if (replied.Object("author")?.String("id") != bot.UserId)
        {
            return TextOf(replied);
        }

        if (replied.Object("message_reference")?.String("message_id") is not { } originalId)
        {
            return null;
        }

        var original = await api.GetMessageAsync(channelId, originalId, cancellationToken);
        return original.IsOk && MessageText.HasId(original.Body) && original.Body.Object("author")?.String("id") != bot.UserId
            ? TextOf(original.Body)
            : null;
    }

    private static string? TextOf(JsonElement message) => MessageText.From(message).Text is { Length: > 0 } text ? text : null;
}
