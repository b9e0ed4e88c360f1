using System.Globalization;
using FactCheck.Core.Checking;
using FactCheck.Core.Replies;
using FactCheck.Telegram.Rendering;
using FactCheck.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace FactCheck.Telegram.Updates;

/// <summary>"@bot TEXT" in any chat: offers the matched claims as results the user can post.</summary>
internal sealed partial class InlineQueryHandler(ICheckService checker, ChatSettings settings, TelegramSender sender, ILogger<InlineQueryHandler> logger)
{
    // Telegram sends a query per keystroke; a few letters cannot name a claim.
    private const int MinQueryLength = 3;
    private const int MaxResults = 10;
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task HandleAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        var text = query.Query.Trim();
        if (text.Length < MinQueryLength)
        {
            await sender.AnswerInlineAsync(query.Id, [], cancellationToken);
            return;
        }

        var language = await settings.GetLanguageAsync(query.From.Id, cancellationToken) ?? query.From.LanguageCode;
        CheckReport report;
        try
        {
            report = await checker.CheckAsync(new CheckRequest(text, language), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCheckFailed(e);
            await sender.AnswerInlineAsync(query.Id, [], cancellationToken);
            return;
        }

        await sender.AnswerInlineAsync(query.Id, Results(report, language), cancellationToken);
    }

    private static List<InlineQueryResultArticle> Results(CheckReport report, string? language)
    {
        var ui = UiText.For(report.UiLanguage);
        if (report.IsNoMatch)
        {
            var none = BotTexts.For(language).InlineNoMatch;
            return [Article("none", none, ui.NoMatchOffer, TelegramHtml.Escape(ui.NoMatch))];
        }

        return report.Matches.Take(MaxResults).Select((m, i) =>
        {
            var review = m.Claim.Reviews.Count > 0 ? m.Claim.Reviews[0] : null;

            // The title is the claim (what the user is looking for); how sure we are and who rated it go below.
            var label = m.Decision == MatchDecision.Reply && review is not null ? ui.VerdictName(review.Verdict) : ui.PossiblyRelatedHeading;
            var title = TelegramHtml.Shorten(m.Claim.Text, 120);
            var rating = review is null ? string.Empty : $" · {review.Publisher.DisplayName}: “{review.RatingText}”";
            var description = TelegramHtml.Shorten(label + rating, 200);
            var heading = m.Decision == MatchDecision.Reply ? ui.VerdictHeading : ui.PossiblyRelatedHeading;
            var html = $"<b>{TelegramHtml.Escape(heading)}</b>\n\n{TelegramHtmlRenderer.RenderMatch(m, ui, i + 1)}\n\n<i>{TelegramHtml.Escape(ui.Disclaimer)}</i>";
            return Article(i.ToString(CultureInfo.InvariantCulture), title, description, html);
        }).ToList();
    }

    private static InlineQueryResultArticle Article(string id, string title, string description, string html) =>
        new InlineQueryResultArticle(id, title, new InputTextMessageContent(html) { ParseMode = ParseMode.Html, LinkPreviewOptions = NoPreview })
        {
            Description = description,
        };

    [LoggerMessage(Level = LogLevel.Error, Message = "The check service failed on an inline query")]
    private partial void LogCheckFailed(Exception exception);
}
