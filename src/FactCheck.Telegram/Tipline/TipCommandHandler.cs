using FactCheck.Core.Tips.Desk;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Sending;
using FactCheck.Telegram.Updates;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactCheck.Telegram.Tipline;

/// <summary>The tip desk's commands: /submit, /notify, /forget and /privacy anywhere; the reviewers' /queue, /tip,
/// /publish, /attach, /dismiss and /stats only in a private chat or a configured reviewers' chat.</summary>
/// <remarks>Without a <see cref="TipDesk"/> in the host (the tipline is not configured) the commands are not ours.</remarks>
internal sealed class TipCommandHandler(
    CheckRequestBuilder requests,
    ChatLimits limits,
    DeskAnswerSender answers,
    TelegramSender sender,
    TipDesk? desk = null)
{
    /// <summary>True when <paramref name="command"/> is a tip desk command and the desk is there to answer it.</summary>
    public bool Handles(string command) => desk is not null && TipDesk.Handles(command);

    public async Task HandleAsync(Message message, User user, ParsedCommand command, string? language, CancellationToken cancellationToken)
    {
        if (desk is null)
        {
            return;
        }

        var chat = message.Chat;
        var reviewing = TipDesk.IsReviewerCommand(command.Name);
        if (reviewing && chat.Type != ChatType.Private && !answers.IsReviewersChat(chat.Id))
        {
            // The queue and a tip's text must never be read out in a public group. Only a reviewer is told where to
            // ask; anyone else's /stats or /queue may well be meant for another bot in the group.
            if (answers.IsReviewer(user.Id))
            {
                await sender.SendHtmlAsync(chat.Id, TelegramHtml.Escape(BotTexts.For(language).ReviewersOnlyHere), message.MessageId, cancellationToken);
            }

            return;
        }

        // A submission is stored for the reviewers: it shares the user's check budget, so nobody floods the queue.
        if (command.Name == "submit" && limits.Users.TryAcquire(user.Id) is var limit && limit != LimitResult.Allowed)
        {
            if (limit == LimitResult.RefusedFirst)
            {
                await sender.SendHtmlAsync(chat.Id, TelegramHtml.Escape(BotTexts.For(language).RateLimited), message.MessageId, cancellationToken);
            }

            return;
        }

        // A reply to our own answer: Telegram leaves out the message that answer replied to, so there is nothing to submit.
        if (command.Name == "submit" && command.Arguments.Length == 0 && message.ReplyToMessage is { } replied && requests.Checkable(replied) is null)
        {
            await sender.SendHtmlAsync(chat.Id, TelegramHtml.Escape(BotTexts.For(language).SubmitOurAnswer), message.MessageId, cancellationToken);
            return;
        }

        var answer = await answers.TryAsync(
            () => command.Name switch
            {
                "submit" => desk.SubmitAsync(TipAskers.Submitter(user, chat, language), SubmittedText(message, command, language), cancellationToken),
                _ when reviewing => desk.HandleAsync(TipAskers.Reviewer(user, chat, language), command.Name, command.Arguments, cancellationToken),
                _ => desk.HandleAsync(TipAskers.Submitter(user, chat, language), command.Name, command.Arguments, cancellationToken),
            },
            "/" + command.Name);
        if (answer is null)
        {
            await sender.SendHtmlAsync(chat.Id, TelegramHtml.Escape(BotTexts.For(language).TiplineFailed), message.MessageId, cancellationToken);
            return;
        }

        await answers.ReplyAsync(chat, message.MessageId, answer, language, cancellationToken);
    }

    // "/submit" in reply to a message submits that message (as /check would check it); else the text after the command.
    private string SubmittedText(Message message, ParsedCommand command, string? language) =>
        requests.Checkable(message.ReplyToMessage) is { } target
            ? requests.For(target, language, withReply: false).Text
            : command.Arguments;
}
