using System.CommandLine;
using System.Globalization;
using FactCheck.Core.Import;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Cli;

/// <summary>`import FILE...`: stores the fact-checks of each file (one transaction a file), prints what happened, and with
/// embeddings on embeds the claim texts not embedded yet.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext io)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Files of fact-checks: ClaimReview JSON-LD or an HTML page holding it, Fact Check Tools API JSON, JSONL, CSV.",
            Arity = ArgumentArity.OneOrMore,
        };

        // A missing path or a folder is the caller's mistake, said as such before anything is imported (the parser
        // would call it an unknown format).
        files.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string[]>().Select(CliSymbols.FileProblem).FirstOrDefault(p => p is not null) is { } problem)
            {
                r.AddError(problem);
            }
        });
        var command = new Command("import", "Import fact-checks; their formats are detected. Prints per file what was added, updated, unchanged and rejected.") { files };
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(files)!, io, cancellationToken));
        return command;
    }

    /// <summary>0 when every file could be read (rejected records included), 1 when a file was refused whole.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> files, CliContext io, CancellationToken cancellationToken)
    {
        using var host = await VerbHost.StartAsync(loadIndex: false, cancellationToken, io.Settings);
        var store = host.Services.GetRequiredService<IClaimStore>();
        await store.InitializeAsync(cancellationToken);
        var summary = await new ClaimImporter(store).ImportAsync(files, ImportProgressDisplay.ForConsole(), cancellationToken);
        await WriteAsync(summary, io);

        if (summary.Added + summary.Updated > 0 && host.Services.GetService<ITextEmbedder>() is { } embedder)
        {
            // Embedded here, in saved batches with progress (a kill or Ctrl+C loses one batch; running `import` again
            // computes only what is missing), the bot's next start or its watcher finds every vector stored.
            var texts = ClaimVectors.TextsOf(await store.LoadAllAsync(cancellationToken));
            var computed = await new BatchedEmbedding(embedder, host.Services.GetRequiredService<IEmbeddingStore>())
                .EmbedAsync(texts, null, EmbeddingProgressDisplay.ForConsole(), cancellationToken);
            await io.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Claim vectors: {computed:N0} of {texts.Count:N0} texts embedded now, the rest were stored."));
        }

        // New or corrected fact-checks may answer what people asked about: those askers are then notified by the bot.
        if (summary.Added + summary.Updated > 0)
        {
            var answered = await host.Services.GetRequiredService<TipService>().ResolveOpenTipsAsync(cancellationToken);
            if (answered > 0)
            {
                await io.Out.WriteLineAsync($"{answered} open tip(s) answered by the imported fact-checks; their askers will be notified.");
            }
        }

        return summary.Files.Any(f => f.FileError is not null) ? ExitCodes.Refused : ExitCodes.Done;
    }

    // Each file's counts are the result (stdout); its rejected records and a refused file are diagnostics (stderr).
    private static async Task WriteAsync(ImportSummary summary, CliContext io)
    {
        foreach (var file in summary.Files)
        {
            // The report (an unrecognised rating column's warning first, then the counts) is the result, on stdout;
            // each rejected record and a refused file are diagnostics, on stderr.
            var reportLines = (file.Warning is null ? 0 : 1) + (file.FileError is null ? 1 : 0);
            foreach (var line in new ImportSummary([file]).FormatLines())
            {
                await (reportLines-- > 0 ? io.Out : io.Error).WriteLineAsync(line);
            }
        }
    }
}
