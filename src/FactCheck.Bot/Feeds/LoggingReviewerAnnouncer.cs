using FactCheck.Core.Feeds;
using Microsoft.Extensions.Logging;

namespace FactCheck.Bot.Feeds;

/// <summary>Until reviewer notices go through the outbox, a feed's suggestion reaches the reviewers through the log (and
/// `feeds sync` prints it); the notice holds a tip number, a claim id and a rating, never a user's text.</summary>
internal sealed partial class LoggingReviewerAnnouncer(ILogger<LoggingReviewerAnnouncer> logger) : IReviewerAnnouncer
{
    public Task AnnounceAsync(string notice, CancellationToken cancellationToken)
    {
        LogNotice(notice);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reviewers' notice: {Notice}")]
    private partial void LogNotice(string notice);
}
