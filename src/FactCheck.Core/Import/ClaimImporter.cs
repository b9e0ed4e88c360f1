using FactCheck.Core.Storage;

namespace FactCheck.Core.Import;

/// <summary>Imports fact-check files into the claim store, one store transaction per file.</summary>
/// <remarks>A file with a whole-file error stores nothing; the valid records of a file with some rejected records are stored.</remarks>
public sealed class ClaimImporter(IClaimStore store)
{
    public async Task<ImportSummary> ImportAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var results = new List<FileImportResult>(paths.Count);
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parsed = ClaimFileParser.Parse(path);
            results.Add(await StoreAsync(parsed, cancellationToken));
        }

        return new ImportSummary(results);
    }

    /// <summary>Stores an already parsed file (for callers that read files from elsewhere, e.g. an upload).</summary>
    public async Task<FileImportResult> StoreAsync(ParsedFile parsed, CancellationToken cancellationToken)
    {
        if (parsed.FileError is not null)
        {
            return new FileImportResult(parsed.Path, parsed.Format, 0, 0, 0, parsed.Rejections, parsed.FileError);
        }

        var counts = parsed.Claims.Count == 0
            ? new UpsertCounts(0, 0, 0)
            : await store.UpsertAsync(parsed.Claims, cancellationToken);
        return new FileImportResult(parsed.Path, parsed.Format, counts.Added, counts.Updated, counts.Unchanged, parsed.Rejections);
    }
}
