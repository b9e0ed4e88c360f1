using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>A file read into claims, with the records refused. A <see cref="FileError"/> means nothing of it may be stored.</summary>
public sealed record ParsedFile(
    string Path,
    string Format,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<ImportRejection> Rejections,
    string? FileError = null);
