namespace FactCheck.Bot.Eval;

/// <summary>Arguments of the eval verb.</summary>
internal sealed record EvalOptions(string Claims, string Queries, string? Qrels, string? RunOut, bool Json)
{
    /// <summary>Parses `--claims FILE --queries FILE [--qrels FILE] [--run-out FILE] [--json]`; null with a message when something is missing.</summary>
    public static EvalOptions? Parse(string[] args, out string error)
    {
        string? claims = null, queries = null, qrels = null, runOut = null;
        var json = false;
        error = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--claims": claims = Next(); break;
                case "--queries": queries = Next(); break;
                case "--qrels": qrels = Next(); break;
                case "--run-out": runOut = Next(); break;
                case "--json": json = true; break;
                default:
                    error = $"Unknown argument '{args[i]}'.";
                    return null;
            }
        }

        foreach (var (name, path) in new[] { ("--claims", claims), ("--queries", queries), ("--qrels", qrels) })
        {
            if (name != "--qrels" && path is null)
            {
                error = $"{name} FILE is required.";
                return null;
            }

            if (path is not null && !File.Exists(path))
            {
                error = $"{name}: file not found: {path}";
                return null;
            }
        }

        return new EvalOptions(claims!, queries!, qrels, runOut, json);
    }
}
