using FactCheck.Core.Import;
using FactCheck.Tests.Shared;

namespace FactCheck.Core.Tests.Import;

/// <summary>Real publishers' files and the benchmark claims, read from ../shared when it is there.</summary>
public class SharedSamplesTests
{
    [SkippableFact]
    public void Every_publisher_sample_gives_claims_or_clear_rejections_or_a_file_error()
    {
        var folder = RepoPaths.SharedPath("samples/claimreview", out var why);
        Skip.If(folder is null, why);

        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var path in files)
        {
            var parsed = ClaimFileParser.Parse(path);
            var name = Path.GetFileName(path);
            Assert.True(parsed.Claims.Count > 0 || parsed.Rejections.Count > 0 || parsed.FileError is not null, name);
            Assert.All(parsed.Rejections, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason), name));
            Assert.All(parsed.Claims, c =>
            {
                Assert.False(string.IsNullOrWhiteSpace(c.Text), name);
                Assert.NotEmpty(c.Reviews);
                Assert.All(c.Reviews, r => Assert.StartsWith("http", r.Url, StringComparison.Ordinal));
            });
        }
    }

    [SkippableFact]
    public void Every_jsonld_sample_but_the_relative_url_one_gives_a_claim()
    {
        var folder = RepoPaths.SharedPath("samples/claimreview/jsonld", out var why);
        Skip.If(folder is null, why);

        foreach (var path in Directory.GetFiles(folder))
        {
            var parsed = ClaimFileParser.Parse(path);
            if (Path.GetFileName(path) == "meedan-fetch_estadao.json")
            {
                Assert.Contains("relative", Assert.Single(parsed.Rejections).Reason, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(parsed.Claims.Count == 1, $"{Path.GetFileName(path)}: {parsed.FileError} {string.Join("; ", parsed.Rejections)}");
            }
        }
    }

    [SkippableTheory]
    [InlineData("bench/clef2022-2a-en/claims.jsonl", 14231)]
    [InlineData("bench/turnbackhoax-id/claims.jsonl", 3746)]
    public void Bench_claims_files_give_every_claim(string relative, int expected)
    {
        var path = RepoPaths.SharedPath(relative, out var why);
        Skip.If(path is null, why);

        // The benchmark pools state no rating: read as eval reads them. Imported as fact-checks, each is refused.
        var parsed = ClaimFileParser.Parse(path, ImportOptions.UnratedAllowed);
        var imported = ClaimFileParser.Parse(path);

        Assert.Null(parsed.FileError);
        Assert.Empty(parsed.Rejections);
        Assert.Equal(expected, parsed.Claims.Count);
        Assert.Empty(imported.Claims);
        Assert.StartsWith("no rating recognised in any record", imported.Warning, StringComparison.Ordinal);
        Assert.Equal(expected, parsed.Claims.Select(c => c.Id).Distinct().Count());
    }
}
