using FactCheck.Core.Checking;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Core.Matching;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Desk;
using FactCheck.Core.Tips.Outbox;
using Microsoft.Extensions.Logging;

namespace FactCheck.Core.Conversation;

/// <summary>The conversation every surface calls: limits → check → reply model → tip offer → submission → desk
/// commands → answers, in the user's language. Adapters turn platform events into <see cref="Incoming"/> and render
/// the <see cref="Answer"/>; they hold no rule of their own.</summary>
/// <param name="checker">Checks messages.</param>
/// <param name="options">The per-user limit.</param>
/// <param name="time">The limit's clock.</param>
/// <param name="logger">Failures.</param>
/// <param name="desk">The tipline; without it there is no offer and its commands are unknown.</param>
/// <param name="reviewers">Who reviews, and where they read.</param>
/// <param name="notices">Posts new and joined tips to every platform's reviewers' chats.</param>
/// <param name="settings">Where a /language choice is kept; in memory without it.</param>
/// <param name="observer">Sees each answer (tests).</param>
/// <param name="deskLogin">Issues the web desk's sign-in links (/desk); without it /desk is an unknown command.</param>
/// <param name="images">Reads images (OCR, fingerprints); without it an image's caption alone is checked.</param>
public sealed partial class ConversationService(
    ICheckService checker,
    ConversationOptions options,
    TimeProvider time,
    ILogger<ConversationService> logger,
    TipDesk? desk = null,
    ReviewerOptions? reviewers = null,
    ReviewerNotices? notices = null,
    IChatStateStore? settings = null,
    IConversationObserver? observer = null,
    Desk.DeskLogin? deskLogin = null,
    ImageConversation? images = null)
{
    private readonly SlidingWindowLimiter limiter = new(Math.Max(1, options.ChecksPerUserPerMinute), TimeSpan.FromMinutes(1), time);
    private readonly ConversationLanguages spoken = new();
    private readonly ConversationLanguages chosenInMemory = new();

    /// <summary>Answers one thing a user said. Never throws for a failing check or store: the user gets an apology.</summary>
    public async Task<Answer> HandleAsync(Incoming incoming, CancellationToken cancellationToken)
    {
        var chosen = await ChosenLanguageAsync(incoming, cancellationToken);
        var command = incoming.Command ?? CommandParser.Parse(incoming.Text);
        var answer = incoming.Image is { } image && command is null or Check
            ? await CheckImageAsync(incoming, image, command is Check c ? c.Text : incoming.Text, chosen, cancellationToken)
            : command switch
            {
                null => await CheckAsync(incoming, incoming.Text, chosen, cancellationToken),
                Check { Text.Length: 0 } when incoming.Command is null => Plain(AnswerKind.Text, incoming, chosen, t => t.CheckUsage, command),
                Check check => await CheckAsync(incoming, check.Text, chosen, cancellationToken),
                Help => HelpOf(incoming, chosen),
                SetLanguage language => await SetLanguageAsync(incoming, language, chosen, cancellationToken),
                UnknownCommand => Unknown(incoming, chosen, command),
                OpenDesk when deskLogin is null => Unknown(incoming, chosen, command),
                OpenDesk => await DeskLinkAsync(incoming, chosen, command, cancellationToken),
                not null when desk is null => Unknown(incoming, chosen, command),
                _ => await TiplineAsync(incoming, command, chosen, cancellationToken),
            };
        observer?.Answered(incoming, answer);
        return answer;
    }

    /// <summary>True when the user may run the reviewers' commands here (by id, or as a member of a reviewers' chat).</summary>
    private bool IsReviewer(Incoming incoming) =>
        desk is not null && (reviewers?.Allows(new Reviewer(incoming.Platform.Name, incoming.UserId, incoming.ChatId)) ?? false);

    private async Task<Answer> CheckAsync(Incoming incoming, string text, string? chosen, CancellationToken cancellationToken)
    {
        var key = Key(incoming);
        if (Limited(incoming, key, chosen) is { } refused)
        {
            return refused;
        }

        // A message without words of a language (emoji, a link) keeps the conversation's language.
        var ownLanguage = LanguageGuesser.Guess(TextNormalizer.Normalize(text).Text);
        var language = chosen ?? (ownLanguage == "und" ? spoken.Of(key) : null);
        if (await CheckTextAsync(incoming, key, text, ownLanguage, language, chosen, cancellationToken) is not { } report)
        {
            return Plain(AnswerKind.Failed, incoming, language, t => t.CheckFailed, null);
        }

        // A bare /submit means the last message checked: an image sent before this text is no longer it. (One primary-key
        // read of the shared store per text checked; only a tipline offers images, so without one there is nothing to drop.)
        if (images is not null && desk is not null)
        {
            await images.Recent.ForgetAsync(incoming.Platform, incoming.UserId, cancellationToken);
        }

        var offers = desk is not null && TipOfferRule.Offers(report, text);
        return new Answer(
            AnswerKind.Report,
            report.UiLanguage,
            Report: report,
            Actions: offers ? [OfferedAction.SubmitToReviewers] : [],
            Submittable: offers ? text.Trim() : null);
    }

    /// <summary>The per-user limit: null when a check may go ahead, else what to answer instead (once, then silence).</summary>
    private Answer? Limited(Incoming incoming, string key, string? chosen)
    {
        switch (limiter.TryAcquire(key))
        {
            case LimitResult.RefusedFirst:
                return Plain(AnswerKind.RateLimited, incoming, chosen, t => t.RateLimited, null);
            case LimitResult.Refused:
                LogRateLimited(incoming.Platform.Name);
                return new Answer(AnswerKind.Silent, chosen ?? spoken.Of(key) ?? "en");
            default:
                return null;
        }
    }

    /// <summary>Checks what a user sent and remembers the language they wrote it in; null when the check failed (logged).</summary>
    private async Task<CheckReport?> CheckTextAsync(
        Incoming incoming, string key, string text, string ownLanguage, string? language, string? chosen, CancellationToken cancellationToken)
    {
        CheckReport report;
        try
        {
            // A user asked: the check counts in the reviewers' statistics (a hash and the outcome, never the text).
            report = await checker.CheckAsync(new CheckRequest(text, language, incoming.Urls, incoming.Platform.Name), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogCheckFailed(e, incoming.Platform.Name);
            return null;
        }

        if (chosen is null && ownLanguage != "und")
        {
            spoken.Remember(key, report.UiLanguage);
        }

        return report;
    }

    private async Task<Answer> TiplineAsync(Incoming incoming, ChatCommand command, string? chosen, CancellationToken cancellationToken)
    {
        var language = chosen ?? spoken.Of(Key(incoming)) ?? "en";
        if (command.ForReviewers && incoming.SeenByOthers && !IsReviewersChat(incoming))
        {
            // The queue and a tip's text are never read out where others see them. Only a reviewer is told where to
            // ask; anyone else's /stats or /queue may well be meant for another bot in the group.
            return IsReviewer(incoming with { ChatId = string.Empty })
                ? Plain(AnswerKind.Refused, incoming, language, t => t.ReviewersOnlyHere, command)
                : new Answer(AnswerKind.Silent, language, Command: command.Name);
        }

        TakenImage? taken = null;
        if (command is Submit submit)
        {
            // A submission is stored for the reviewers: it shares the check budget, so nobody floods the queue.
            switch (limiter.TryAcquire(Key(incoming)))
            {
                case LimitResult.RefusedFirst:
                    return Plain(AnswerKind.RateLimited, incoming, language, t => t.RateLimited, command);
                case LimitResult.Refused:
                    return new Answer(AnswerKind.Silent, language, Command: command.Name);
            }

            command = submit = submit with { Text = submit.Text ?? incoming.SubmitFallback };
            (var withImage, taken) = await WithOfferedImageAsync(incoming, submit, cancellationToken);
            if (withImage is null)
            {
                return new Answer(AnswerKind.Refused, language, ConversationTexts.For(language).Images.LostBeforeSubmit, Command: command.Name);
            }

            command = submit = withImage;

            var own = LanguageGuesser.Guess(TextNormalizer.Normalize(submit.Text ?? string.Empty).Text);
            if (chosen is null && spoken.Of(Key(incoming)) is null && own is "id" or "en")
            {
                // Nothing says the user's language but the text itself: the verdict will be told in it.
                language = own;
            }
        }

        var caller = new Asker(
            incoming.Platform.Name,
            incoming.UserId,
            command.ForReviewers ? incoming.ChatId : incoming.NotifyChatId ?? incoming.ChatId,
            language)
        {
            NotifiedPrivately = incoming.NotifiedPrivately,
        };
        try
        {
            var answer = await desk!.ExecuteAsync(caller, command, cancellationToken);
            if (notices is not null)
            {
                await notices.AnnounceAsync(answer.ReviewersNotice, answer.ImageTipId, cancellationToken);
            }

            if (command is Forget)
            {
                spoken.Forget(Key(incoming));
                chosenInMemory.Forget(Key(incoming));
                if (images is not null)
                {
                    await images.Recent.ForgetAsync(incoming.Platform, incoming.UserId, cancellationToken);
                }
            }

            var text = taken is { Image: null } ? ConversationTexts.For(language).Images.SubmittedWithoutImage + "\n\n" + answer.Text : answer.Text;
            return new Answer(AnswerKind.Text, language, text, PromisedPrivately: answer.PromisedPrivately, Command: command.Name);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogTiplineFailed(e, command.Name);
            if (taken is not null)
            {
                // Nothing was submitted: the user's next try (the button stays) still has the image.
                await images!.Recent.PutBackAsync(incoming.Platform, incoming.UserId, taken, cancellationToken);
            }

            return Plain(AnswerKind.Failed, incoming, language, t => t.TiplineFailed, command);
        }
    }

    // A sign-in link is a key: it is given only in a private chat, and only to a reviewer listed by id.
    private async Task<Answer> DeskLinkAsync(Incoming incoming, string? chosen, ChatCommand command, CancellationToken cancellationToken)
    {
        var language = chosen ?? spoken.Of(Key(incoming)) ?? "en";
        var who = new Desk.DeskIdentity(incoming.Platform.Name, incoming.UserId, language);
        if (incoming.SeenByOthers)
        {
            return deskLogin!.Allows(who)
                ? Plain(AnswerKind.Refused, incoming, language, t => t.DeskPrivateOnly, command)
                : new Answer(AnswerKind.Silent, language, Command: command.Name);
        }

        try
        {
            return await deskLogin!.IssueLinkAsync(who, cancellationToken) is { } link
                ? new Answer(AnswerKind.Text, language, ConversationTexts.Format(ConversationTexts.For(language).DeskLink, link), Command: command.Name)
                : new Answer(AnswerKind.Refused, language, TipDeskText.For(language).NotAllowed, Command: command.Name);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogTiplineFailed(e, command.Name);
            return Plain(AnswerKind.Failed, incoming, language, t => t.TiplineFailed, command);
        }
    }

    private Answer HelpOf(Incoming incoming, string? chosen)
    {
        var language = chosen ?? spoken.Of(Key(incoming)) ?? "en";
        var text = ConversationTexts.For(language);
        var sections = new List<string> { text.HelpIntro, text.HelpUser };
        if (IsReviewer(incoming))
        {
            sections.Add(text.HelpReviewer);
        }

        return new Answer(AnswerKind.Help, language, string.Join("\n\n", sections), Command: "help");
    }

    private async Task<Answer> SetLanguageAsync(Incoming incoming, SetLanguage command, string? chosen, CancellationToken cancellationToken)
    {
        if (ConversationTexts.Normalize(command.Code) is not { } code || command.Code.Length is not (2 or 5))
        {
            var language = chosen ?? spoken.Of(Key(incoming)) ?? "en";
            var text = ConversationTexts.For(language);
            return new Answer(AnswerKind.Refused, language, ConversationTexts.Format(text.LanguageUnsupported, command.Code), Command: command.Name);
        }

        chosenInMemory.Remember(Key(incoming), code);
        if (settings is not null)
        {
            await settings.SetSettingAsync(incoming.Platform.Name, UserScope(incoming), "language", code, cancellationToken);
        }

        return new Answer(AnswerKind.Text, code, ConversationTexts.For(code).LanguageSet, Command: command.Name);
    }

    private Answer Unknown(Incoming incoming, string? chosen, ChatCommand command)
    {
        var language = chosen ?? spoken.Of(Key(incoming)) ?? "en";
        var text = ConversationTexts.For(language);
        var names = CommandParser.UserCommands.Where(c => desk is not null || c is not ("submit" or "notify" or "forget" or "privacy"));
        if (IsReviewer(incoming))
        {
            names = names.Concat(CommandParser.ReviewerCommands);
            if (deskLogin is not null)
            {
                names = names.Append("desk");
            }
        }

        var list = string.Join(", ", names.Select(n => "/" + n));
        return new Answer(AnswerKind.Refused, language, ConversationTexts.Format(text.UnknownCommand, command.Name, list), Command: command.Name);
    }

    private Answer Plain(AnswerKind kind, Incoming incoming, string? language, Func<ConversationTexts, string> line, ChatCommand? command)
    {
        var resolved = language ?? spoken.Of(Key(incoming)) ?? "en";
        return new Answer(kind, resolved, line(ConversationTexts.For(resolved)), Command: command?.Name);
    }

    private async Task<string?> ChosenLanguageAsync(Incoming incoming, CancellationToken cancellationToken)
    {
        var stored = chosenInMemory.Of(Key(incoming));
        if (stored is null && settings is not null)
        {
            stored = await settings.GetSettingAsync(incoming.Platform.Name, UserScope(incoming), "language", cancellationToken);
        }

        return ConversationTexts.Normalize(stored) ?? ConversationTexts.Normalize(incoming.Locale);
    }

    private bool IsReviewersChat(Incoming incoming) =>
        reviewers?.ChatsOf(incoming.Platform).Contains(incoming.ChatId, StringComparer.Ordinal) == true;

    private static string Key(Incoming incoming) => incoming.Platform.Name + ":" + incoming.UserId;

    // The scope the Telegram adapter has always kept the language choice under.
    private static string UserScope(Incoming incoming) => "user:" + incoming.UserId;

    [LoggerMessage(Level = LogLevel.Debug, Message = "A {Platform} user is over the check limit; staying quiet after the first notice")]
    private partial void LogRateLimited(string platform);

    [LoggerMessage(Level = LogLevel.Error, Message = "The check service failed on {Platform}")]
    private partial void LogCheckFailed(Exception exception, string platform);

    [LoggerMessage(Level = LogLevel.Error, Message = "The tipline failed on /{Command}")]
    private partial void LogTiplineFailed(Exception exception, string command);
}
