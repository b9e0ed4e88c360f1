using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>A file read into claims, with the records refused. A <see cref="FileError"/> means nothing of it may be stored;
/// a Warning is a whole-file remark for the top of the report (no rating column recognised); MoreRejected counts the
/// rejections beyond those listed.</summary>
public sealed record ParsedFile(
    string Path,
    string Format,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<ImportRejection> Rejections,
    string? FileError = null,
    string? Warning = null,
    int MoreRejected = 0);
