namespace FactCheck.Bot.StorageCopy;

/// <summary>How far `storage copy` is: rows of <paramref name="Table"/> read so far, of <paramref name="Total"/>;
/// <paramref name="TableDone"/> once the table is written.</summary>
internal sealed record CopyProgress(string Table, long Done, long Total, bool TableDone = false);
