using FactCheck.Core.Feeds;
using FactCheck.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Feeds;

/// <summary>Runs each configured feed source every `IntervalMinutes` while the bot runs, in turn, from the time its last
/// run was recorded (so a restart does not read every source again at once).</summary>
internal sealed partial class FeedService(
    IServiceProvider services,
    IFeedStateStore state,
    IOptions<FeedOptions> options,
    TimeProvider time,
    ILogger<FeedService> logger) : BackgroundService
{
    // Waiting is re-planned at least this often, so a source whose state another process updated is seen.
    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sources = options.Value.Sources;
        if (sources.Count == 0)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = MaxWait;
            try
            {
                var last = (await state.ListSourcesAsync(stoppingToken)).ToDictionary(s => s.Name, s => s.LastRunAt, StringComparer.OrdinalIgnoreCase);
                var now = time.GetUtcNow();
                DateTimeOffset NextRun(FeedSource s) => last.GetValueOrDefault(s.Name) is { } at ? at + TimeSpan.FromMinutes(s.IntervalMinutes) : now;
                var due = sources.Where(s => NextRun(s) <= now).ToList();
                if (due.Count > 0)
                {
                    foreach (var report in await services.GetRequiredService<FeedRunner>().RunAsync(due, stoppingToken))
                    {
                        Log(report);
                    }

                    continue; // re-plan from the times just recorded
                }

                var soonest = sources.Min(NextRun) - now;
                wait = soonest < wait ? soonest : wait;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store unavailable, say: try again later rather than stop the bot.
                LogPassFailed(e);
            }

            await Task.Delay(wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait, time, stoppingToken);
        }
    }

    private void Log(FeedRunReport report)
    {
        if (report.SourceError is { } error)
        {
            LogSourceFailed(report.Source, error);
            return;
        }

        LogSourceRun(report.Source, report.Fetched, report.NotModified, report.Added, report.Updated, report.Rejected.Count, report.Errors.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Feed {Source}: {Fetched} fetched, {NotModified} not modified, {Added} added, {Updated} updated, {Rejected} rejected, {Errors} errors")]
    private partial void LogSourceRun(string source, int fetched, int notModified, int added, int updated, int rejected, int errors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Feed {Source} failed: {Error}")]
    private partial void LogSourceFailed(string source, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "A feed pass failed; trying again later")]
    private partial void LogPassFailed(Exception exception);
}
