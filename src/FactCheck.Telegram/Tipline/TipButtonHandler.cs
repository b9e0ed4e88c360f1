using FactCheck.Core.Tips.Desk;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Sending;
using FactCheck.Telegram.Updates;
using Telegram.Bot.Types;

namespace FactCheck.Telegram.Tipline;

/// <summary>A press of "Send to reviewers": submits the message our answer replied to, acknowledges the press, removes
/// the button and answers with the tip desk's reply.</summary>
internal sealed class TipButtonHandler(
    BotIdentity me,
    ChatSettings settings,
    ChatLimits limits,
    DeskAnswerSender answers,
    TelegramSender sender,
    TipDesk? desk = null)
{
    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var language = await settings.GetLanguageAsync(query.From.Id, cancellationToken) ?? query.From.LanguageCode;
        var texts = BotTexts.For(language);
        if (desk is null || query.Data != SubmitButton.Data || query.Message is not { } answer)
        {
            // Not our button (or an old one): stop the client's spinner and do nothing.
            await sender.AnswerCallbackAsync(query.Id, null, cancellationToken);
            return;
        }

        // Our answer replies to the message that was checked; Telegram includes that message in the press.
        var text = SubmittableText(answer.ReplyToMessage);
        if (text.Length == 0)
        {
            await sender.AnswerCallbackAsync(query.Id, texts.SubmitGone, cancellationToken);
            return;
        }

        if (limits.Users.TryAcquire(query.From.Id) != LimitResult.Allowed)
        {
            await sender.AnswerCallbackAsync(query.Id, texts.RateLimited, cancellationToken);
            return;
        }

        var result = await answers.TryAsync(() => desk.SubmitAsync(TipAskers.Submitter(query.From, answer.Chat, language), text, cancellationToken), "the submit button");
        if (result is null)
        {
            // The button stays, so the user can press it again.
            await sender.AnswerCallbackAsync(query.Id, texts.TiplineFailed, cancellationToken);
            return;
        }

        await sender.AnswerCallbackAsync(query.Id, texts.SubmitAcknowledged, cancellationToken);
        await sender.RemoveButtonsAsync(answer.Chat.Id, answer.MessageId, cancellationToken);
        await answers.ReplyAsync(answer.Chat, answer.MessageId, result, language, cancellationToken);
    }

    // "/check TEXT" was answered by checking TEXT; a forwarded or plain message by checking all of it.
    private string SubmittableText(Message? original)
    {
        if (original is null || original.From?.Id == me.Id)
        {
            return string.Empty;
        }

        var text = MessageText.Of(original);
        return ParsedCommand.Parse(text, me) is { } command ? command.Arguments : text.Trim();
    }
}
