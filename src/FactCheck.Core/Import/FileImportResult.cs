namespace FactCheck.Core.Import;

/// <summary>What importing one file did: its format, the store's counts, the records refused, or why the whole file was;
/// a Warning is a whole-file remark for the top of the report (no rating column recognised); MoreRejected counts the
/// rejections beyond those listed.</summary>
public sealed record FileImportResult(
    string Path,
    string Format,
    int Added,
    int Updated,
    int Unchanged,
    IReadOnlyList<ImportRejection> Rejections,
    string? FileError = null,
    string? Warning = null,
    int MoreRejected = 0)
{
    /// <summary>Every rejected record, listed or only counted.</summary>
    public int Rejected => Rejections.Count + MoreRejected;
}
