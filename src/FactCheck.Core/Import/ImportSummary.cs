using System.Globalization;

namespace FactCheck.Core.Import;

/// <summary>The outcome of an import, one result per file, with the lines the `import` verb prints.</summary>
public sealed record ImportSummary(IReadOnlyList<FileImportResult> Files)
{
    public int Added => Files.Sum(f => f.Added);

    public int Updated => Files.Sum(f => f.Updated);

    public int Unchanged => Files.Sum(f => f.Unchanged);

    public int Rejected => Files.Sum(f => f.Rejections.Count);

    public int FailedFiles => Files.Count(f => f.FileError is not null);

    /// <summary>Per file "path: format: 4 added, 0 updated, 0 unchanged, 1 rejected", then one indented line per rejection
    /// ("  record 3: missing claim text"); a refused file gives "path: format: not imported: reason".</summary>
    /// <param name="maxRejectionsPerFile">Rejection lines shown per file; the rest are counted in one line.</param>
    public IEnumerable<string> FormatLines(int maxRejectionsPerFile = 20)
    {
        foreach (var file in Files)
        {
            if (file.FileError is not null)
            {
                yield return $"{file.Path}: {file.Format}: not imported: {file.FileError}";
                continue;
            }

            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"{file.Path}: {file.Format}: {file.Added} added, {file.Updated} updated, {file.Unchanged} unchanged, {file.Rejections.Count} rejected");
            foreach (var rejection in file.Rejections.Take(maxRejectionsPerFile))
            {
                yield return $"  {rejection.Position}: {rejection.Reason}";
            }

            if (file.Rejections.Count > maxRejectionsPerFile)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"  ... and {file.Rejections.Count - maxRejectionsPerFile} more rejected");
            }
        }
    }
}
