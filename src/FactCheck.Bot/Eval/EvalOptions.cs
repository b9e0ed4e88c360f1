using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Bot.Eval;

/// <summary>Arguments of the eval verb.</summary>
/// <param name="Claims">The claim pool: one or more files (JSON Lines or any importable file), their union.</param>
/// <param name="Queries">query_id TAB text, one message a line.</param>
/// <param name="Qrels">TREC relevance judgements, when measuring.</param>
/// <param name="RunOut">Where to write the ranked run, if anywhere.</param>
/// <param name="Json">Print the report as JSON.</param>
/// <param name="Embeddings">Bundled embedding model to fuse with BM25 ("minilm", "arctic-xs"), or null for lexical only.</param>
/// <param name="EmbeddingsDb">SQLite file keeping claim vectors between runs; null computes them in the temporary store.</param>
/// <param name="Sweep">Also print the decision figures at a range of reply thresholds.</param>
/// <param name="Pad">Distractor claims added to the pool (<see cref="PoolPadder"/>), to measure a large store.</param>
/// <param name="PadSeed">Seed of the distractors.</param>
internal sealed record EvalOptions(IReadOnlyList<string> Claims, string Queries, string? Qrels, string? RunOut, bool Json, string? Embeddings = null, string? EmbeddingsDb = null, bool Sweep = false, int Pad = 0, int PadSeed = 1)
{
    /// <summary>Parses `--claims FILE [--claims FILE...] --queries FILE [--qrels FILE] [--run-out FILE] [--json] [--embeddings MODEL] [--embeddings-db FILE] [--sweep] [--pad N [--pad-seed S]]`; null with a message when something is missing.</summary>
    public static EvalOptions? Parse(string[] args, out string error)
    {
        var claims = new List<string>();
        string? queries = null, qrels = null, runOut = null, embeddings = null, embeddingsDb = null;
        int pad = 0, padSeed = 1;
        var json = false;
        var sweep = false;
        error = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--claims":
                    if (Next() is not { } file)
                    {
                        error = "--claims FILE is required.";
                        return null;
                    }

                    claims.Add(file);
                    break;
                case "--pad":
                    if (!int.TryParse(Next(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pad))
                    {
                        error = "--pad: a count of claims (0 or more) is required.";
                        return null;
                    }

                    break;
                case "--pad-seed":
                    if (!int.TryParse(Next(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out padSeed))
                    {
                        error = "--pad-seed: a whole number is required.";
                        return null;
                    }

                    break;
                case "--queries": queries = Next(); break;
                case "--qrels": qrels = Next(); break;
                case "--run-out": runOut = Next(); break;
                case "--json": json = true; break;
                case "--sweep": sweep = true; break;
                case "--embeddings": embeddings = Next(); break;
                case "--embeddings-db": embeddingsDb = Next(); break;
                default:
                    error = $"Unknown argument '{args[i]}'.";
                    return null;
            }
        }

        if (claims.Count == 0)
        {
            error = "--claims FILE is required.";
            return null;
        }

        foreach (var (name, path) in claims.Select(c => ("--claims", (string?)c)).Concat([("--queries", queries), ("--qrels", qrels)]))
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

        if (embeddings is not null and not (BundledEmbeddingModels.MiniLmName or BundledEmbeddingModels.ArcticXsName))
        {
            error = $"--embeddings: '{embeddings}' is not a bundled model (minilm, arctic-xs).";
            return null;
        }

        return new EvalOptions(claims, queries!, qrels, runOut, json, embeddings, embeddingsDb, sweep, pad, padSeed);
    }
}
