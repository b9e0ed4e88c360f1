using System.Globalization;
using System.Text;
using FactCheck.Core.Claims;
using FactCheck.Core.Import;

namespace FactCheck.Core.Tests.Import;

/// <summary>A JSON-LD object too large to parse whole is read element by element from its record array.</summary>
public sealed class LargeJsonObjectTests : IDisposable
{
    private const int Count = 20_000;
    private static readonly ImportOptions Streamed = new() { MaxWholeBytes = 64 * 1024, BatchSize = 100 };
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("factcheck-object-");

    public void Dispose() => directory.Delete(recursive: true);

    [Theory]
    [InlineData("graph")]
    [InlineData("datafeed")]
    [InlineData("api")]
    public async Task Streams_the_elements_and_gives_the_claims_the_whole_document_parser_gives(string shape)
    {
        var path = Write($"{shape}.json", Document(shape, broken: false));
        var whole = ClaimFileParser.Parse(path);
        var reader = ClaimFileReader.ForFile(path, Streamed);

        var claims = new List<Claim>();
        long readAtFirstBatch = -1;
        await foreach (var batch in reader.ReadAsync(CancellationToken.None))
        {
            readAtFirstBatch = readAtFirstBatch < 0 ? reader.BytesRead : readAtFirstBatch;
            claims.AddRange(batch);
        }

        Assert.Null(reader.FileError);
        Assert.Equal(Count, whole.Claims.Count);
        Assert.Equal(whole.Format, reader.Format);
        Assert.Equal(whole.Claims.Select(c => (c.Id, c.Text, c.Reviews[0].RatingText)), claims.Select(c => (c.Id, c.Text, c.Reviews[0].RatingText)));
        Assert.InRange(readAtFirstBatch, 1, reader.Length / 2);
    }

    [Fact]
    public async Task A_large_object_broken_in_its_middle_is_a_file_error()
    {
        var reader = ClaimFileReader.ForFile(Write("broken.json", Document("graph", broken: true)), Streamed);

        await foreach (var unused in reader.ReadAsync(CancellationToken.None))
        {
        }

        Assert.StartsWith("broken JSON", reader.FileError, StringComparison.Ordinal);
    }

    private static string Document(string shape, bool broken)
    {
        var items = Enumerable.Range(1, Count).Select(i => shape switch
        {
            "api" => string.Create(CultureInfo.InvariantCulture, $$"""{"text": "Claim {{i}}", "claimReview": [{"url": "https://checks.example/{{i}}", "textualRating": "False", "reviewDate": "2024-01-02T00:00:00Z", "publisher": {"name": "Checks"} } ] }"""),
            "datafeed" => string.Create(CultureInfo.InvariantCulture, $$"""{"@type": "DataFeedItem", "item": [{{Review(i)}}]}"""),
            _ => Review(i),
        });
        var name = shape switch { "api" => "claims", "datafeed" => "dataFeedElement", _ => "@graph" };
        var text = new StringBuilder("{\"@context\": \"https://schema.org\", \"url\": \"https://checks.example/\", \"" + name + "\": [\n");
        text.AppendJoin(",\n", items);
        if (broken)
        {
            text.Insert(text.Length / 2, "}}}");
        }

        return text.Append("],\n \"nextPageToken\": \"x\"}\n").ToString();
    }

    private static string Review(int i) => string.Create(
        CultureInfo.InvariantCulture,
        $$"""{"@type": "ClaimReview", "claimReviewed": "Claim {{i}} with \"quotes\" and ünïcödé", "url": "https://checks.example/{{i}}", "datePublished": "2024-01-02", "author": {"@type": "Organization", "name": "Checks"}, "reviewRating": {"@type": "Rating", "alternateName": "{{(i % 2 == 0 ? "False" : "Salah")}}" } }""");

    private string Write(string name, string content)
    {
        var path = Path.Combine(directory.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }
}
