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
internal sealed record EvalOptions(IReadOnlyList<string> Claims, string Queries, string? Qrels, string? RunOut, bool Json, string? Embeddings = null, string? EmbeddingsDb = null, bool Sweep = false, int Pad = 0, int PadSeed = 1);
