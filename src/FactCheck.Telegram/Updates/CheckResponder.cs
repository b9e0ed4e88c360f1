using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Sending;
using Microsoft.Extensions.Logging;

namespace FactCheck.Telegram.Updates;

/// <summary>Runs a check and sends its reply: the path shared by private messages, /check, mentions and autocheck.</summary>
internal sealed partial class CheckResponder(
    ICheckService checker,
    TelegramSender sender,
    ChatLimits limits,
    ILogger<CheckResponder> logger)
{
    /// <summary>Checks on a user's request and always answers: the report, a polite "please wait", or "the check failed".</summary>
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

        var report = await TryCheckAsync(request, cancellationToken);
        var parts = report is null ? [TelegramHtml.Escape(texts.CheckFailed)] : TelegramHtmlRenderer.Render(report);
        await SendAllAsync(chatId, replyTo, parts, cancellationToken);
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
        await SendAllAsync(chatId, messageId, TelegramHtmlRenderer.Render(quiet), cancellationToken);
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

    private async Task SendAllAsync(long chatId, int replyTo, IReadOnlyList<string> parts, CancellationToken cancellationToken)
    {
        foreach (var part in parts)
        {
            if (await sender.SendHtmlAsync(chatId, part, replyTo, cancellationToken) == SendOutcome.ChatUnavailable)
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
