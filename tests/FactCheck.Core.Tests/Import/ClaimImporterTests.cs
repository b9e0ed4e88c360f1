using FactCheck.Core.Import;

namespace FactCheck.Core.Tests.Import;

public class ClaimImporterTests
{
    [Fact]
    public async Task Summary_lines_give_file_format_counts_and_each_rejection()
    {
        var store = new InMemoryClaimStore();
        var importer = new ClaimImporter(store);
        var rejections = Fixture.PathOf("claimreview-rejections.json");
        var broken = Fixture.PathOf("broken.json");

        var summary = await importer.ImportAsync([rejections, broken], CancellationToken.None);

        Assert.Equal(
            [
                $"{rejections}: ClaimReview JSON-LD: 1 added, 0 updated, 0 unchanged, 4 rejected",
                "  record 2: missing claim text",
                "  record 3: bad review URL 'htp:/x'",
                "  record 4: bad date '2020-13-45'",
                "  record 5: bad review URL '/estadao-verifica/x/': relative, and the file gives no page address to resolve it against",
                $"{broken}: JSON: not imported: broken JSON at line 3: Expected depth to be zero at the end of the JSON payload",
            ],
            summary.FormatLines());
        Assert.Equal(1, store.UpsertCalls);
        Assert.Equal(1, summary.FailedFiles);
    }

    [Fact]
    public async Task Importing_the_same_file_again_reports_every_claim_unchanged()
    {
        var store = new InMemoryClaimStore();
        var importer = new ClaimImporter(store);
        string[] paths = [Fixture.PathOf("factcheck-response.json"), Fixture.PathOf("claims.jsonl")];

        var first = await importer.ImportAsync(paths, CancellationToken.None);
        var second = await importer.ImportAsync(paths, CancellationToken.None);

        Assert.Equal(5, first.Added);
        Assert.Equal((0, 0, 5), (second.Added, second.Updated, second.Unchanged));
    }

    [Fact]
    public void Summary_shortens_long_rejection_lists()
    {
        var rejections = Enumerable.Range(1, 5).Select(i => new ImportRejection($"line {i}", "missing claim text")).ToList();
        var summary = new ImportSummary([new FileImportResult("x.csv", ImportFormats.Csv, 0, 0, 0, rejections)]);

        var lines = summary.FormatLines(maxRejectionsPerFile: 2).ToList();

        Assert.Equal(["x.csv: CSV: 0 added, 0 updated, 0 unchanged, 5 rejected", "  line 1: missing claim text", "  line 2: missing claim text", "  ... and 3 more rejected"], lines);
    }
}
