using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Tips.Desk;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Sending;
using FactCheck.Telegram.Tipline;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types.ReplyMarkups;

namespace FactCheck.Telegram.Updates;

/// <summary>Runs a check and sends its reply: the path shared by private messages, /check, mentions and autocheck.</summary>
internal sealed partial class CheckResponder(
    ICheckService checker,
    TelegramSender sender,
    ChatLimits limits,
    ILogger<CheckResponder> logger,
    TipDesk? desk = null)
{
    /// <summary>Checks on a user's request and always answers: the report, a polite "please wait", or "the check failed".
    /// An answer without a confident match offers to send the message to the reviewers (when the tipline is there).</summary>
    public async Task CheckAndReplyAsync(long chatId, int replyTo, long userId, CheckRequest request, BotTexts texts, CancellationToken cancellationToken)
    {
        switch (limits.Users.TryAcquire(userId))
        {
            case LimitResult.RefusedFirst:
                await sender.SendHtmlAsync(chatId, TelegramHtml.Escape(texts.RateLimited), replyTo, cancellationToken);
                return;
            case LimitResult.Refused:
                LogRateLimited(userId);
                return;
        }

        // A user asked: the check counts in the reviewers' statistics (a hash and the outcome, never the text).
        var report = await TryCheckAsync(request with { Platform = ChatSettings.Platform }, cancellationToken);
        var parts = report is null ? [TelegramHtml.Escape(texts.CheckFailed)] : TelegramHtmlRenderer.Render(report);
        var offer = report is not null && desk is not null && OffersTip(report) ? SubmitButton.For(texts.Language) : null;
        await SendAllAsync(chatId, replyTo, parts, offer, cancellationToken);
    }

    /// <summary>Checks a group message nobody asked about; speaks only on a confident False or Misleading match within the group's budget.</summary>
    public async Task AutocheckAsync(long chatId, int messageId, CheckRequest request, CancellationToken cancellationToken)
    {
        var report = await TryCheckAsync(request, cancellationToken);
        var alarming = report?.Matches
            .Where(m => m.Decision == MatchDecision.Reply && m.Claim.Reviews.Any(r => r.Verdict is Verdict.False or Verdict.Misleading))
            .ToList();
        if (report is null || alarming is not { Count: > 0 })
        {
            return;
        }

        if (limits.Groups.TryAcquire(chatId) != LimitResult.Allowed)
        {
            LogBudgetSpent(chatId);
            return;
        }

        var quiet = report with { Note = InputNote.None, Matches = alarming, UnmatchedPassages = [] };
        await SendAllAsync(chatId, messageId, TelegramHtmlRenderer.Render(quiet), null, cancellationToken);
    }

    private async Task<CheckReport?> TryCheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        try
        {
            return await checker.CheckAsync(request, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCheckFailed(e);
            return null;
        }
    }

    // No confident verdict (nothing, or only "possibly related") for something there was to check.
    private static bool OffersTip(CheckReport report) =>
        !report.HasReply && report.Note is not (InputNote.Empty or InputNote.NothingToCheck);

    // The button, if any, goes under the last part, where the user finishes reading.
    private async Task SendAllAsync(long chatId, int replyTo, IReadOnlyList<string> parts, InlineKeyboardMarkup? buttons, CancellationToken cancellationToken)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var markup = i == parts.Count - 1 ? buttons : null;
            if (await sender.SendHtmlAsync(chatId, parts[i], replyTo, markup, cancellationToken) == SendOutcome.ChatUnavailable)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "User {UserId} is over the check limit; staying quiet after the first notice")]
    private partial void LogRateLimited(long userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Autocheck budget of chat {ChatId} is spent for this hour; not replying")]
    private partial void LogBudgetSpent(long chatId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The check service failed")]
    private partial void LogCheckFailed(Exception exception);
}
