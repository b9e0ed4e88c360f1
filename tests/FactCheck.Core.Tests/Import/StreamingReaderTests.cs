using System.Globalization;
using System.Text;
using FactCheck.Core.Claims;
using FactCheck.Core.Import;

namespace FactCheck.Core.Tests.Import;

/// <summary>Files are read record by record: the first batch comes out before the file is read to its end.</summary>
public sealed class StreamingReaderTests : IDisposable
{
    private const int Records = 20_000;
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("factcheck-stream-");

    public void Dispose() => directory.Delete(recursive: true);

    [Theory]
    [InlineData("claims.jsonl")]
    [InlineData("claims.csv")]
    [InlineData("claims.json")]
    public async Task Hands_out_the_first_batch_before_reading_the_rest_of_a_large_file(string name)
    {
        var path = Write(name, Generate(name));
        var reader = ClaimFileReader.ForFile(path, new ImportOptions { BatchSize = 100 });

        long readAtFirstBatch = -1;
        var claims = 0;
        await foreach (var batch in reader.ReadAsync(CancellationToken.None))
        {
            readAtFirstBatch = readAtFirstBatch < 0 ? reader.BytesRead : readAtFirstBatch;
            Assert.True(batch.Count <= 100, $"a batch of {batch.Count}");
            claims += batch.Count;
        }

        Assert.Null(reader.FileError);
        Assert.Equal(Records, claims);
        Assert.InRange(readAtFirstBatch, 1, reader.Length / 10);
        Assert.Equal(reader.Length, reader.BytesRead);
    }

    [Fact]
    public async Task A_broken_line_in_the_middle_of_a_JSONL_file_rejects_that_record_only()
    {
        var lines = Enumerable.Range(1, 5).Select(i => Line(i)).ToList();
        lines[2] = """{"id": "c3", "text": "cut off""";
        var reader = ClaimFileReader.ForFile(Write("broken.jsonl", string.Join('\n', lines)));

        var claims = await ReadAllAsync(reader);

        Assert.Null(reader.FileError);
        Assert.Equal(["c1", "c2", "c4", "c5"], claims.Select(c => c.Id));
        var rejection = Assert.Single(reader.Rejections);
        Assert.Equal("line 3", rejection.Position);
        Assert.StartsWith("not valid JSON", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_JSON_array_broken_after_its_first_batches_is_a_file_error()
    {
        var items = Enumerable.Range(1, 50).Select(i => Line(i));
        var reader = ClaimFileReader.ForFile(Write("broken.json", "[" + string.Join(",\n", items) + ",\n{\"id\": "), new ImportOptions { BatchSize = 10 });

        var batches = 0;
        await foreach (var unused in reader.ReadAsync(CancellationToken.None))
        {
            batches++;
        }

        Assert.True(batches >= 1, "batches were handed out before the break was reached");
        Assert.StartsWith("broken JSON at line 51", reader.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_without_an_end_is_rejected_without_being_read_into_one_string()
    {
        var endless = "{\"id\": \"x\", \"text\": \"" + new string('a', ClaimFileReader.MaxLineChars + 10) + "\"}";
        var reader = ClaimFileReader.ForFile(Write("endless.jsonl", Line(1) + "\n" + endless + "\n" + Line(3)));

        var claims = await ReadAllAsync(reader);

        Assert.Equal(["c1", "c3"], claims.Select(c => c.Id));
        Assert.Equal("line 2", Assert.Single(reader.Rejections).Position);
    }

    [Theory]
    [InlineData("claims-tab-utf16.tsv")]
    [InlineData("claims-semicolon-1252.csv")]
    [InlineData("claims-comma.csv")]
    [InlineData("claims-us-dates.csv")]
    public async Task Streams_the_encodings_separators_and_dates_the_whole_file_parser_reads(string fixture)
    {
        var whole = Fixture.Parse(fixture);
        var reader = ClaimFileReader.ForFile(Fixture.PathOf(fixture));

        var claims = await ReadAllAsync(reader);

        Assert.NotEmpty(claims);
        Assert.Equal(whole.Claims.Select(c => (c.Id, c.Text)), claims.Select(c => (c.Id, c.Text)));
        Assert.Equal(whole.Claims.Select(c => c.Reviews[0].PublishedOn), claims.Select(c => c.Reviews[0].PublishedOn));
        Assert.Equal(whole.Rejections, reader.Rejections);
    }

    [Fact]
    public async Task Streams_a_JSON_array_written_in_UTF_16_with_a_byte_order_mark()
    {
        var path = Path.Combine(directory.FullName, "utf16.json");
        await File.WriteAllTextAsync(path, "[" + Line(1) + ",\n" + Line(2).Replace("Claim number", "Klaim nomor ü", StringComparison.Ordinal) + "]", Encoding.Unicode);

        var claims = await ReadAllAsync(ClaimFileReader.ForFile(path));

        Assert.Equal(["c1", "c2"], claims.Select(c => c.Id));
        Assert.StartsWith("Klaim nomor ü 2", claims[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_importer_reports_progress_after_batches_and_once_at_the_end_of_each_file()
    {
        var path = Write("claims.jsonl", Generate("claims.jsonl"));
        var reports = new List<ImportProgress>();

        var summary = await new ClaimImporter(new InMemoryClaimStore(), new ImportOptions { BatchSize = 1000 })
            .ImportAsync([path], new SynchronousProgress<ImportProgress>(reports.Add), CancellationToken.None);

        Assert.Equal(Records, summary.Added);
        Assert.True(reports.Count > Records / 1000, $"{reports.Count} reports");
        Assert.Equal(reports.Select(r => r.BytesRead).Order(), reports.Select(r => r.BytesRead));
        var last = reports[^1];
        Assert.Equal((true, last.TotalBytes, (long)Records, 1, 1), (last.FileDone, last.BytesRead, last.Records, last.FileNumber, last.FileCount));
        Assert.Single(reports, r => r.FileDone);
    }

    [Theory]
    [InlineData("binary.bin")]
    [InlineData("empty.json")]
    public async Task An_unreadable_file_gives_no_batch_and_a_file_error(string fixture)
    {
        var reader = ClaimFileReader.ForFile(Fixture.PathOf(fixture));

        var claims = await ReadAllAsync(reader);

        Assert.Empty(claims);
        Assert.NotNull(reader.FileError);
    }

    private static async Task<List<Claim>> ReadAllAsync(ClaimFileReader reader)
    {
        var claims = new List<Claim>();
        await foreach (var batch in reader.ReadAsync(CancellationToken.None))
        {
            claims.AddRange(batch);
        }

        return claims;
    }

    private static string Line(int i) => string.Create(
        CultureInfo.InvariantCulture,
        $$"""{"id": "c{{i}}", "text": "Claim number {{i}} says something checkable about the world", "date": "2024-01-02", "language": "en", "publisher": "Example Checks", "rating": "False"}""");

    private static string Generate(string name)
    {
        var text = new StringBuilder();
        if (name.EndsWith(".csv", StringComparison.Ordinal))
        {
            text.Append("id,claim,url,rating,date\n");
            for (var i = 1; i <= Records; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"c{i},\"Claim number {i}, quoted\",https://checks.example/{i},False,02/01/2024\n");
            }
        }
        else
        {
            var json = name.EndsWith(".json", StringComparison.Ordinal);
            text.Append(json ? "[\n" : string.Empty);
            for (var i = 1; i <= Records; i++)
            {
                text.Append(Line(i)).Append(json && i < Records ? ",\n" : "\n");
            }

            text.Append(json ? "]\n" : string.Empty);
        }

        return text.ToString();
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
