namespace FactCheck.Benchmarks;

/// <summary>Where the BenchmarkDotNet benchmarks find their data: FACTCHECK_BENCH (else ../shared/bench) and FACTCHECK_EMBEDDINGS_DB.</summary>
public static class BenchEnvironment
{
    public static string BenchFolder =>
        Environment.GetEnvironmentVariable("FACTCHECK_BENCH") is { Length: > 0 } path ? path : Path.Combine(RepoRoot(), "..", "shared", "bench");

    public static string EmbeddingsDatabase =>
        Environment.GetEnvironmentVariable("FACTCHECK_EMBEDDINGS_DB") is { Length: > 0 } path
            ? path
            : Path.Combine(Path.GetTempPath(), "factcheck-embeddings.db");

    public static string Model => Environment.GetEnvironmentVariable("FACTCHECK_EMBEDDING_MODEL") ?? "minilm";

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
