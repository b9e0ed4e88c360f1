using FactCheck.Core.Storage;

namespace FactCheck.Core.Import;

/// <summary>Imports fact-check files into the claim store, one store transaction per file.</summary>
/// <remarks>Files stream (<see cref="ClaimFileReader"/>): batches of claims are written into the file's transaction as
/// they are read, so memory holds about one batch. A file with a whole-file error stores nothing (its transaction is
/// rolled back, even when the error comes after batches were written); the valid records of a file with some rejected
/// records are stored.</remarks>
public sealed class ClaimImporter(IClaimStore store, ImportOptions? options = null)
{
    private readonly ImportOptions options = options ?? ImportOptions.Default;

    public Task<ImportSummary> ImportAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken) =>
        ImportAsync(paths, progress: null, cancellationToken);

    /// <summary>Imports the files in order, reporting progress after every batch and at the end of each file.</summary>
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<string> paths, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var results = new List<FileImportResult>(paths.Count);
        for (var i = 0; i < paths.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var reader = ClaimFileReader.ForFile(paths[i], options);
            var number = i + 1;
            results.Add(await ImportAsync(reader, p => progress?.Report(p with { FileNumber = number, FileCount = paths.Count }), cancellationToken));
        }

        return new ImportSummary(results);
    }

    /// <summary>Imports one file or fetched document as it streams (<see cref="ClaimFileReader.ForFile"/> or
    /// <see cref="ClaimFileReader.ForBytes"/>), in one transaction.</summary>
    public Task<FileImportResult> ImportAsync(ClaimFileReader reader, CancellationToken cancellationToken) =>
        ImportAsync(reader, report: null, cancellationToken);

    /// <summary>Stores an already parsed file (for callers that read files from elsewhere, e.g. an upload).</summary>
    public async Task<FileImportResult> StoreAsync(ParsedFile parsed, CancellationToken cancellationToken)
    {
        if (parsed.FileError is not null)
        {
            return new FileImportResult(parsed.Path, parsed.Format, 0, 0, 0, parsed.Rejections, parsed.FileError, parsed.Warning, parsed.MoreRejected);
        }

        var counts = parsed.Claims.Count == 0
            ? new UpsertCounts(0, 0, 0)
            : await store.UpsertAsync(parsed.Claims, cancellationToken);
        return new FileImportResult(parsed.Path, parsed.Format, counts.Added, counts.Updated, counts.Unchanged, parsed.Rejections, null, parsed.Warning, parsed.MoreRejected);
    }

    private async Task<FileImportResult> ImportAsync(ClaimFileReader reader, Action<ImportProgress>? report, CancellationToken cancellationToken)
    {
        ImportProgress Progress(bool done) => new(reader.Path, 1, 1, reader.BytesRead, reader.Length, reader.Records, done);
        UpsertCounts? counts = null;
        var any = false;
        await using (var session = await store.BeginUpsertAsync(cancellationToken))
        {
            report?.Invoke(Progress(done: false));
            await foreach (var batch in reader.ReadAsync(cancellationToken))
            {
                if (batch.Count > 0)
                {
                    any = true;
                    await session.UpsertAsync(ClaimMerger.Merge(batch), cancellationToken);
                }

                report?.Invoke(Progress(done: false));
            }

            // Leaving the session uncommitted rolls back every batch of a file that turned out unreadable.
            if (reader.FileError is null && any)
            {
                counts = await session.CommitAsync(cancellationToken);
            }
        }

        report?.Invoke(Progress(done: true));
        counts ??= new UpsertCounts(0, 0, 0);
        return reader.FileError is { } error
            ? new FileImportResult(reader.Path, reader.Format, 0, 0, 0, reader.Rejections, error, reader.Warning, reader.MoreRejected)
            : new FileImportResult(reader.Path, reader.Format, counts.Added, counts.Updated, counts.Unchanged, reader.Rejections, null, reader.Warning, reader.MoreRejected);
    }
}
