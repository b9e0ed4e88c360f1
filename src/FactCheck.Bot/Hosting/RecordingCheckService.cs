using FactCheck.Core.Checking;
using FactCheck.Core.Checking.Log;
using FactCheck.Core.Matching;
using Microsoft.Extensions.Logging;

namespace FactCheck.Bot.Hosting;

/// <summary>The checker the adapters use: checks, then records a user-requested check (hash and outcome, no text) for
/// the reviewers' statistics. A failing record costs the statistic, never the user's answer.</summary>
internal sealed partial class RecordingCheckService(
    CheckService inner, ICheckLog log, MatchingOptions options, TimeProvider time, ILogger<RecordingCheckService> logger)
    : ICheckService
{
    public async Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var report = await inner.CheckAsync(request, cancellationToken);
        if (request.Platform is { } platform)
        {
            var elapsed = time.GetElapsedTime(started);

            // The hash is of what was checked: a megabyte paste is read (and hashed) only as far as the checker reads it.
            var text = request.Text ?? string.Empty;
            var checkedText = text.Length > options.MaxCheckedCharacters ? text[..options.MaxCheckedCharacters] : text;
            var record = CheckRecord.Of(report, checkedText, platform, time.GetUtcNow());
            Core.Hosting.BotMetrics.Checked(platform, record.Outcome.ToString(), elapsed);
            try
            {
                await log.RecordAsync(record, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRecordFailed(e);
            }
        }

        return report;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record a check for the statistics; the answer is unaffected")]
    private partial void LogRecordFailed(Exception exception);
}
