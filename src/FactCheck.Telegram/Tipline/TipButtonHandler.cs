using FactCheck.Core.Conversation;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Sending;
using FactCheck.Telegram.Updates;
using Telegram.Bot.Types;
using FactCheck.Core.Hosting;

namespace FactCheck.Telegram.Tipline;

/// <summary>A press of "Send to reviewers": submits the message our answer replied to through the conversation,
/// acknowledges the press, removes the button and answers with the conversation's reply.</summary>
internal sealed class TipButtonHandler(
    BotIdentity me,
    ChatSettings settings,
    CheckResponder responder,
    ConversationService conversation,
    TelegramSender sender)
{
    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var language = await settings.GetLanguageAsync(query.From.Id, cancellationToken) ?? query.From.LanguageCode;
        var texts = BotTexts.For(language);
        if (query.Data != SubmitButton.Data || query.Message is not { } answer)
        {
            // Not our button (or an old one): stop the client's spinner and do nothing.
            await sender.AnswerCallbackAsync(query.Id, null, cancellationToken);
            return;
        }

        // Our answer replies to the message that was checked; Telegram includes that message in the press.
        // An image without caption has no text of its own: the conversation submits the image it read for this user.
        var text = SubmittableText(answer.ReplyToMessage);
        var image = TelegramImages.HasImage(answer.ReplyToMessage) && !me.Is(answer.ReplyToMessage?.From?.Id);
        if (text.Length == 0 && !image)
        {
            await sender.AnswerCallbackAsync(query.Id, texts.SubmitGone, cancellationToken);
            return;
        }

        var submit = new Submit(text.Length == 0 ? null : text);
        var result = await conversation.HandleAsync(TelegramIncoming.Of(query.From, answer.Chat, text, submit), cancellationToken);
        if (result.Kind is AnswerKind.RateLimited or AnswerKind.Failed or AnswerKind.Silent)
        {
            // The button stays, so the user can press it again; the reason shows on the press itself.
            await sender.AnswerCallbackAsync(query.Id, result.Text, cancellationToken);
            return;
        }

        // A refusal sent nothing (an offered image that could not be fetched again): the press does not say it was sent.
        var acknowledged = result.Kind == AnswerKind.Refused ? null : BotTexts.For(result.Language).SubmitAcknowledged;
        await sender.AnswerCallbackAsync(query.Id, acknowledged, cancellationToken);
        await sender.RemoveButtonsAsync(answer.Chat.Id, answer.MessageId, cancellationToken);
        await responder.SendAsync(answer.Chat.Id, answer.MessageId, result, cancellationToken);
    }

    // "/check TEXT" was answered by checking TEXT; a forwarded or plain message by checking all of it.
    private string SubmittableText(Message? original)
    {
        if (original is null || me.Is(original.From?.Id))
        {
            return string.Empty;
        }

        var text = MessageText.Of(original);
        return ParsedCommand.Parse(text, me) is { } command ? command.Arguments : text.Trim();
    }
}
