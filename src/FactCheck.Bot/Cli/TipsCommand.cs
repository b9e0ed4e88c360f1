using FactCheck.Core.Checking.Log;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Desk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Cli;

/// <summary>`tips ...`: the reviewers' operations from the command line, for organisations that prefer scripts.</summary>
/// <remarks>Exit codes: 0 done, 1 refused (no such tip, not open, invalid verdict), 2 usage error. The operator is
/// recorded as reviewer "cli:NAME" (--reviewer, else the OS user name): whoever runs this already holds the database.</remarks>
internal static class TipsCommand
{
    public const string Usage = """
        Usage:
          tips list [--limit N]                 open tips, most asked first
          tips show ID                          one tip: text, status, askers per platform
          tips publish ID --rating WORDS --url URL --publisher NAME [--summary TEXT] [--reviewer NAME]
                                                publish a fact-check for the tip; its askers are notified
          tips attach ID CLAIM-ID [--reviewer NAME]
                                                answer the tip with an existing claim
          tips dismiss ID [--reviewer NAME]     set the tip aside
          tips stats [--days N]                 checks, match rate, top matched claims and top open tips (default 7 days)
          tips purge                            delete tips and check records older than Tips:RetentionDays
        """;

    private static readonly string[] Known = ["--limit", "--rating", "--url", "--publisher", "--summary", "--reviewer", "--days"];

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var parsed = VerbArguments.Parse(args, Known, out var error);
        if (parsed is null || parsed.Positionals.Count == 0)
        {
            await stderr.WriteLineAsync((error is null ? string.Empty : error + "\n") + Usage);
            return 2;
        }

        var action = parsed.Positionals[0].ToLowerInvariant();
        var id = parsed.IdAt(1);
        if (action is "show" or "publish" or "attach" or "dismiss" && id is null)
        {
            await stderr.WriteLineAsync($"tips {action} needs a tip number.\n{Usage}");
            return 2;
        }

        var limit = 50;
        if (parsed["--limit"] is { } limitText && (!int.TryParse(limitText, out limit) || limit <= 0))
        {
            await stderr.WriteLineAsync("--limit must be a positive number.");
            return 2;
        }

        using var host = await VerbHost.StartAsync(loadIndex: false, cancellationToken, settings);
        var tips = host.Services.GetRequiredService<TipService>();
        await host.Services.GetRequiredService<ITipStore>().InitializeAsync(cancellationToken);
        var reviewer = new Reviewer(Reviewer.CommandLine, parsed["--reviewer"] ?? Environment.UserName);
        var output = new TipsOutput(stdout, stderr);
        switch (action)
        {
            case "list":
                return await output.ListAsync(await tips.ListQueueAsync(reviewer, limit, cancellationToken));
            case "show":
                return await output.ShowAsync(await tips.OpenAsync(reviewer, id!.Value, cancellationToken));
            case "publish":
                if (parsed["--rating"] is not { } rating || parsed["--url"] is not { } url || parsed["--publisher"] is not { } publisher)
                {
                    await stderr.WriteLineAsync($"tips publish needs --rating, --url and --publisher.\n{Usage}");
                    return 2;
                }

                var verdict = new TipVerdict(rating, url, publisher, parsed["--summary"]);
                return await output.DecisionAsync("Published", await tips.PublishAsync(reviewer, id!.Value, verdict, cancellationToken));
            case "attach" when parsed.Positionals.Count > 2:
                return await output.DecisionAsync("Attached", await tips.AttachAsync(reviewer, id!.Value, parsed.Positionals[2], cancellationToken));
            case "dismiss":
                return await output.DecisionAsync("Dismissed", await tips.DismissAsync(reviewer, id!.Value, cancellationToken));
            case "stats":
                var caller = new Asker(Reviewer.CommandLine, reviewer.UserId, reviewer.UserId, "en");
                await stdout.WriteLineAsync((await host.Services.GetRequiredService<TipDesk>().HandleAsync(caller, "stats", parsed["--days"] ?? "7", cancellationToken)).Text);
                return 0;
            case "purge":
                var cutoff = host.Services.GetRequiredService<TimeProvider>().GetUtcNow() - TimeSpan.FromDays(host.Services.GetRequiredService<IOptions<TipOptions>>().Value.RetentionDays);
                var purgedTips = await tips.PurgeExpiredAsync(cancellationToken);
                var purgedChecks = await host.Services.GetRequiredService<ICheckLog>().PurgeAsync(cutoff, cancellationToken);
                await stdout.WriteLineAsync($"Purged {purgedTips} tip(s) and {purgedChecks} check record(s) older than the retention.");
                return 0;
            default:
                await stderr.WriteLineAsync($"Unknown or incomplete tips command '{string.Join(' ', parsed.Positionals)}'.\n{Usage}");
                return 2;
        }
    }
}
