using System.CommandLine;
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
    public static Command Create(CliContext io)
    {
        var source = CliSymbols.OptionalText("--source", "NAME", "Read only this configured source.");
        var sync = new Command("sync", "Read every configured source (or one) once; per source: fetched, not modified, added, updated, unchanged, rejected, skipped (robots.txt) and errors.") { source };
        sync.SetAction((result, ct) => RunAsync(Verb.Sync, result.GetValue(source), io, ct));
        var status = new Command("status", "Each source's last run, last success, cursor and last error; open suggestions.");
        status.SetAction((_, ct) => RunAsync(Verb.Status, null, io, ct));
        var command = new Command("feeds", "The configured fact-check feeds (Feeds:Sources; the API key only in the environment, Feeds__GoogleApiKey).") { sync, status };
        CommandLine.RequireSubcommand(command, io);
        return command;
    }

    /// <summary>Runs `feeds ARGS` as the command line would (tests call it with their own streams and settings).</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null) =>
        CommandLine.RunAsync(["feeds", .. args], new CliContext(TextReader.Null, stdout, stderr, settings), cancellationToken);

    private enum Verb
    {
        Sync,
        Status,
    }

    private static async Task<int> RunAsync(Verb verb, string? sourceName, CliContext io, CancellationToken cancellationToken)
    {
        var (stdout, stderr, settings) = (io.Out, io.Error, io.Settings);
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

        if (verb == Verb.Status)
        {
            await StatusAsync(host.Services, options, stdout, cancellationToken);
            return 0;
        }

        var sources = options.Sources.Where(s => sourceName is not { } name || s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sources.Count == 0)
        {
            await stderr.WriteLineAsync(sourceName is { } name
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
