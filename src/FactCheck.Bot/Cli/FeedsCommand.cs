using System.Globalization;
using FactCheck.Core.Feeds;
using FactCheck.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Cli;

/// <summary>`feeds sync [--source NAME]` runs the configured feed sources once; `feeds status` shows what each last did.</summary>
/// <remarks>Exit codes: 0 done, 1 a source failed (the others still ran), 2 usage or configuration error.</remarks>
internal static class FeedsCommand
{
    public const string Usage = """
        Usage:
          feeds sync [--source NAME]   read every configured source (or one) once; per source: fetched, not modified,
                                       added, updated, unchanged, rejected, skipped (robots.txt) and errors
          feeds status                 each source's last run, last success, cursor and last error; open suggestions
        Sources are configured under Feeds:Sources (see README.md); the API key only in the environment (Feeds__GoogleApiKey).
        """;

    private static readonly string[] Known = ["--source"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var parsed = VerbArguments.Parse(args, Known, out var error);
        if (parsed is null || parsed.Positionals.Count != 1 || parsed.Positionals[0] is not ("sync" or "status"))
        {
            await stderr.WriteLineAsync((error is null ? string.Empty : error + "\n") + Usage);
            return 2;
        }

        using var host = await VerbHost.StartAsync(loadIndex: false, cancellationToken, settings);
        FeedOptions options;
        try
        {
            options = host.Services.GetRequiredService<IOptions<FeedOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return 2;
        }

        if (parsed.Positionals[0] == "status")
        {
            await StatusAsync(host.Services, options, stdout, cancellationToken);
            return 0;
        }

        var sources = options.Sources.Where(s => parsed["--source"] is not { } name || s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sources.Count == 0)
        {
            await stderr.WriteLineAsync(parsed["--source"] is { } name
                ? $"No feed source named '{name}'. Configured: {string.Join(", ", options.Sources.Select(s => s.Name))}."
                : "No feed sources are configured (Feeds:Sources).");
            return 2;
        }

        var runner = host.Services.GetRequiredService<FeedRunner>();
        var reports = await runner.RunAsync(sources, cancellationToken);
        foreach (var line in reports.SelectMany(r => r.FormatLines()))
        {
            await stdout.WriteLineAsync(runner.Redact(line));
        }

        return reports.Any(r => r.SourceError is not null) ? 1 : 0;
    }

    private static async Task StatusAsync(IServiceProvider services, FeedOptions options, TextWriter stdout, CancellationToken cancellationToken)
    {
        var state = services.GetRequiredService<IFeedStateStore>();
        var stored = (await state.ListSourcesAsync(cancellationToken)).ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        if (options.Sources.Count == 0 && stored.Count == 0)
        {
            await stdout.WriteLineAsync("No feed sources are configured (Feeds:Sources); see README.md, section Feeds.");
        }

        foreach (var source in options.Sources)
        {
            var s = stored.GetValueOrDefault(source.Name);
            await stdout.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{source.Name} ({source.ParsedKind}, every {source.IntervalMinutes} min): last run {When(s?.LastRunAt)}, last success {When(s?.LastSuccessAt)}, cursor {s?.Cursor ?? "none"}"));
            if (s?.LastError is { } lastError)
            {
                await stdout.WriteLineAsync($"  last error ({When(s.LastErrorAt)}): {lastError}");
            }
        }

        foreach (var orphan in stored.Values.Where(s => !options.Sources.Exists(c => c.Name.Equals(s.Name, StringComparison.OrdinalIgnoreCase))))
        {
            await stdout.WriteLineAsync($"{orphan.Name} (no longer configured): last run {When(orphan.LastRunAt)}, cursor {orphan.Cursor ?? "none"}");
        }

        foreach (var suggestion in await state.ListOpenSuggestionsAsync(20, cancellationToken))
        {
            await stdout.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"suggested ({suggestion.Source}): tip #{suggestion.TipId} may be answered by claim {suggestion.ClaimId}; attach with {suggestion.AttachCommand}"));
        }
    }

    private static string When(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "never";
}
