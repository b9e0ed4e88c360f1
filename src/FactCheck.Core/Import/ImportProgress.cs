namespace FactCheck.Core.Import;

/// <summary>How far an import is: the file being read (its number of all), its bytes read of its size, records read.</summary>
public sealed record ImportProgress(string Path, int FileNumber, int FileCount, long BytesRead, long TotalBytes, long Records, bool FileDone = false);
