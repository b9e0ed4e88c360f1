using System.Text.Json;
using FactCheck.Core.Claims;

namespace FactCheck.Benchmarks;

/// <summary>Reads a ../shared/bench data set: claims.jsonl, queries-SPLIT.tsv and qrels-SPLIT.tsv.</summary>
public sealed record BenchData(IReadOnlyList<Claim> Claims, IReadOnlyList<(string Id, string Text)> Queries, ILookup<string, string> Relevant)
{
    public static BenchData Load(string folder, string split, string claimsFile = "claims.jsonl")
    {
        var claims = new List<Claim>();
        foreach (var line in File.ReadLines(Path.Combine(folder, claimsFile)))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            string? Field(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            var phrasings = new[] { Field("title"), Field("subtitle") }
                .Where(t => !string.IsNullOrWhiteSpace(t))
                .Select(t => new Phrasing(t!))
                .ToArray();
            claims.Add(new Claim(Field("id")!, Field("text") ?? string.Empty, Field("language") ?? "und", phrasings, [], []));
        }

        var queries = File.ReadLines(Path.Combine(folder, $"queries-{split}.tsv"))
            .Select(l => l.Split('\t', 2))
            .Where(p => p.Length == 2)
            .Select(p => (p[0], p[1]))
            .ToArray();
        var qrelsPath = Path.Combine(folder, claimsFile.Contains("openset", StringComparison.Ordinal) ? $"qrels-openset-{split}.tsv" : $"qrels-{split}.tsv");
        var relevant = File.ReadLines(qrelsPath)
            .Select(l => l.Split('\t'))
            .Where(p => p.Length >= 4 && p[3] != "0")
            .ToLookup(p => p[0], p => p[2]);
        return new BenchData(claims, queries, relevant);
    }
}
