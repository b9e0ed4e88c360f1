namespace FactCheck.Core.Import;

/// <summary>What importing one file did: its format, the store's counts, the records refused, or why the whole file was.</summary>
public sealed record FileImportResult(
    string Path,
    string Format,
    int Added,
    int Updated,
    int Unchanged,
    IReadOnlyList<ImportRejection> Rejections,
    string? FileError = null);
