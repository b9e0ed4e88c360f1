using Npgsql;

namespace FactCheck.Bot.StorageCopy;

/// <summary>Which tables `storage copy` moves and how: every table both stores have, parents before children, each with
/// the columns both have, its key in the target, and the target's column types.</summary>
/// <remarks>Derived from the two schemas rather than listed, so a table a later migration adds to both providers is
/// copied without touching this code. The change sequence and the store's identity are not copied: the target's
/// trigger numbers the claims it receives, and a copied store is a new store (its index is built afresh).</remarks>
internal sealed record CopyPlan(IReadOnlyList<CopyTable> Tables)
{
    private static readonly HashSet<string> NotCopied = new(StringComparer.Ordinal) { "schema_version", "claim_changes", "store_identity", "sqlite_sequence" };

    public static async Task<CopyPlan> ReadAsync(Microsoft.Data.Sqlite.SqliteConnection source, NpgsqlConnection target, CancellationToken cancellationToken)
    {
        var sourceColumns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var command = source.CreateCommand())
        {
            command.CommandText = "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' ORDER BY m.name, p.cid";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                (sourceColumns.TryGetValue(reader.GetString(0), out var list) ? list : sourceColumns[reader.GetString(0)] = []).Add(reader.GetString(1));
            }
        }

        var targetColumns = new Dictionary<string, List<(string Name, string Type)>>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position", target))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                (targetColumns.TryGetValue(reader.GetString(0), out var list) ? list : targetColumns[reader.GetString(0)] = []).Add((reader.GetString(1), reader.GetString(2)));
            }
        }

        var keys = await PairsAsync(target,
            "SELECT c.conrelid::regclass::text, a.attname FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey) " +
            "WHERE c.contype = 'p' AND c.connamespace = current_schema()::regnamespace ORDER BY 1, array_position(c.conkey, a.attnum)", cancellationToken);
        var parents = await PairsAsync(target,
            "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint WHERE contype = 'f' AND connamespace = current_schema()::regnamespace", cancellationToken);

        var tables = new List<CopyTable>();
        foreach (var name in sourceColumns.Keys.Where(t => targetColumns.ContainsKey(t) && !NotCopied.Contains(t)).Order(StringComparer.Ordinal))
        {
            var columns = targetColumns[name].Where(c => sourceColumns[name].Contains(c.Name)).ToList();
            tables.Add(new CopyTable(
                name,
                [.. columns.Select(c => c.Name)],
                [.. columns.Select(c => c.Type)],
                [.. keys.Where(k => k.Left == name).Select(k => k.Right)],
                [.. parents.Where(p => p.Left == name && p.Right != name).Select(p => p.Right).Distinct()]));
        }

        return new CopyPlan(ParentsFirst(tables));
    }

    private static List<CopyTable> ParentsFirst(List<CopyTable> tables)
    {
        var ordered = new List<CopyTable>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < tables.Count)
        {
            // A table whose parents are all placed (or are not copied at all); a cycle would stop here and is a schema mistake.
            var next = tables.FirstOrDefault(t => !placed.Contains(t.Name) && t.Parents.All(p => placed.Contains(p) || tables.All(o => o.Name != p)))
                ?? throw new InvalidOperationException("The store's tables refer to each other in a cycle; cannot order the copy.");
            ordered.Add(next);
            placed.Add(next.Name);
        }

        return ordered;
    }

    private static async Task<List<(string Left, string Right)>> PairsAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var pairs = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }
}
