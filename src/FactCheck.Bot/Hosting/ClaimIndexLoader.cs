using FactCheck.Bot.Cli;
using FactCheck.Core.Checking;
using FactCheck.Core.Import;
using FactCheck.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Hosting;

/// <summary>At start: migrates the store, loads the seeds into an empty one, and builds the search index before any adapter listens.</summary>
internal sealed partial class ClaimIndexLoader(
    IClaimStore store,
    CheckService checkService,
    IOptions<SeedOptions> seeds,
    IHostEnvironment environment,
    ILogger<ClaimIndexLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Does the start-up work; the verbs that run without the hosted services call it directly.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        if (seeds.Value.LoadWhenEmpty && await store.CountAsync(cancellationToken) == 0)
        {
            var folder = Path.Combine(environment.ContentRootPath, seeds.Value.Directory);
            var files = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*.jsonld").Order(StringComparer.Ordinal).ToArray()
                : [];
            if (files.Length == 0)
            {
                LogNoSeeds(logger, folder);
            }
            else
            {
                var summary = await new ClaimImporter(store).ImportAsync(files, cancellationToken);
                foreach (var line in summary.FormatLines())
                {
                    LogSeedImport(logger, line);
                }
            }
        }

        // A first start over a large store embeds every claim: show how far it got (a kill loses at most one batch).
        checkService.EmbeddingProgress ??= EmbeddingProgressDisplay.ForConsole();
        await checkService.ReloadAsync(cancellationToken);
        if (checkService.IndexReport is { } report)
        {
            LogIndex(logger, report.Folder ?? "memory", report.RebuildReason is null ? "reused" : "rebuilt, " + report.RebuildReason, report.ChangesApplied, report.Elapsed.TotalSeconds);
        }

        if (checkService.VectorReport is { } vectors)
        {
            LogVectors(
                logger,
                vectors.Owners,
                vectors.Graph ? "an HNSW graph" : "an exact scan",
                vectors.RebuildReason is null ? "reused" : "built, " + vectors.RebuildReason,
                vectors.Computed,
                vectors.Elapsed.TotalSeconds);
        }

        LogReady(logger, checkService.Matcher?.Index.Claims.Count ?? 0);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store is empty and no seed files were found in {Folder}; the bot will answer 'no known fact-check' to everything until claims are imported.")]
    private static partial void LogNoSeeds(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeds: {Line}")]
    private static partial void LogSeedImport(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Claim index in {Folder}: {State}; {Changes} changes applied in {Seconds:F1} s.")]
    private static partial void LogIndex(ILogger logger, string folder, string state, int changes, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Claim vectors of {Owners} claims in {Kind}: {State}; {Computed} texts embedded in {Seconds:F1} s.")]
    private static partial void LogVectors(ILogger logger, int owners, string kind, string state, int computed, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index ready with {Count} claims.")]
    private static partial void LogReady(ILogger logger, int count);
}
