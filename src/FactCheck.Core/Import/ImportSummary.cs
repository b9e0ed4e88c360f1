using System.Globalization;

namespace FactCheck.Core.Import;

/// <summary>The outcome of an import, one result per file, with the lines the `import` verb prints.</summary>
public sealed record ImportSummary(IReadOnlyList<FileImportResult> Files)
{
    public int Added => Files.Sum(f => f.Added);

    public int Updated => Files.Sum(f => f.Updated);

    public int Unchanged => Files.Sum(f => f.Unchanged);

    public int Rejected => Files.Sum(f => f.Rejected);

    public int FailedFiles => Files.Count(f => f.FileError is not null);

    /// <summary>First a warning line per file that has one ("path: warning: no rating column recognised ..."); then per file "path: format: 4 added, 0 updated, 0 unchanged, 1 rejected", then one indented line per rejection
    /// ("  record 3: missing claim text"); a refused file gives "path: format: not imported: reason".</summary>
    /// <param name="maxRejectionsPerFile">Rejection lines shown per file; the rest are counted in one line.</param>
    public IEnumerable<string> FormatLines(int maxRejectionsPerFile = 20)
    {
        // A file whose ratings were not recognised would otherwise read as a success: say so before anything else.
        foreach (var file in Files.Where(f => f.Warning is not null))
        {
            yield return $"{file.Path}: warning: {file.Warning}";
        }

        foreach (var file in Files)
        {
            if (file.FileError is not null)
            {
                yield return $"{file.Path}: {file.Format}: not imported: {file.FileError}";
                continue;
            }

            yield return string.Create(
                CultureInfo.InvariantCulture,
                $"{file.Path}: {file.Format}: {file.Added} added, {file.Updated} updated, {file.Unchanged} unchanged, {file.Rejected} rejected");
            foreach (var rejection in file.Rejections.Take(maxRejectionsPerFile))
            {
                yield return $"  {rejection.Position}: {rejection.Reason}";
            }

            if (file.Rejected > maxRejectionsPerFile)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"  ... and {file.Rejected - Math.Min(maxRejectionsPerFile, file.Rejections.Count)} more rejected");
            }
        }
    }
}
