namespace FactCheck.Bot.Eval;

/// <summary>Reads the benchmark's query and relevance files (TSV, TREC qrels).</summary>
internal static class BenchFiles
{
    /// <summary>`query_id TAB text` lines, in file order.</summary>
    public static IReadOnlyList<(string Id, string Text)> ReadQueries(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0)
            .Select(l => l.Split('\t', 2))
            .Where(p => p.Length == 2 && p[0] != "query_id")
            .Select(p => (p[0], p[1]))
            .ToList();

    /// <summary>`query_id 0 claim_id relevance` lines: the relevant claims of each query.</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> ReadQrels(string path)
    {
        var qrels = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var p = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (p.Length < 4 || p[3] == "0" || !int.TryParse(p[3], out _))
            {
                continue;
            }

            if (!qrels.TryGetValue(p[0], out var set))
            {
                qrels[p[0]] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(p[2]);
        }

        return qrels;
    }
}
