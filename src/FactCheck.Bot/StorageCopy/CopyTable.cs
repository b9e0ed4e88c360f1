namespace FactCheck.Bot.StorageCopy;

/// <summary>One table as `storage copy` moves it.</summary>
/// <param name="Name">The table, the same in both stores.</param>
/// <param name="Columns">The columns both stores have, in the target's order.</param>
/// <param name="Types">The target's data type of each column (information_schema names: text, integer, bigint, boolean, bytea, double precision).</param>
/// <param name="Key">The target's primary key columns: a row already there is updated, not added again.</param>
/// <param name="Parents">Tables this one refers to, copied before it.</param>
internal sealed record CopyTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> Types, IReadOnlyList<string> Key, IReadOnlyList<string> Parents);
