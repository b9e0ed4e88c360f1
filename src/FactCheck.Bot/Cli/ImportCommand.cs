using FactCheck.Core.Import;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Cli;

/// <summary>`import FILE...`: stores the fact-checks of each file (one transaction a file) and prints what happened.</summary>
internal static class ImportCommand
{
    /// <summary>0 when every file could be read (rejected records included), 1 when a file was refused whole, 2 on usage errors.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null)
    {
        if (args.Length == 0)
        {
            await stdout.WriteLineAsync("Usage: import FILE... (ClaimReview JSON-LD or HTML, Fact Check Tools API JSON, JSONL, CSV)");
            return 2;
        }

        using var host = await VerbHost.StartAsync(loadIndex: false, cancellationToken, settings);
        var store = host.Services.GetRequiredService<IClaimStore>();
        await store.InitializeAsync(cancellationToken);
        var summary = await new ClaimImporter(store).ImportAsync(args, ImportProgressDisplay.ForConsole(), cancellationToken);
        foreach (var line in summary.FormatLines())
        {
            await stdout.WriteLineAsync(line);
        }

        // New or corrected fact-checks may answer what people asked about: those askers are then notified by the bot.
        if (summary.Added + summary.Updated > 0)
        {
            var answered = await host.Services.GetRequiredService<TipService>().ResolveOpenTipsAsync(cancellationToken);
            if (answered > 0)
            {
                await stdout.WriteLineAsync($"{answered} open tip(s) answered by the imported fact-checks; their askers will be notified.");
            }
        }

        return summary.Files.Any(f => f.FileError is not null) ? 1 : 0;
    }
}
