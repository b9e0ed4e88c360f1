using System.Text.Json;

namespace FactCheck.Core.Import;

/// <summary>Reads a fact-check file of any supported format into claims, detecting the format from its content.</summary>
/// <remarks>
/// Formats: schema.org ClaimReview JSON-LD (object, array, @graph, DataFeedItem), JSON-LD inside an HTML page (also a
/// page wrapped in a JSON string), the Fact Check Tools claims:search response or one claim of it, claim-per-line JSON,
/// and CSV with a header row. A whole-file problem (unreadable bytes, broken JSON, nothing recognisable) is a
/// <see cref="ParsedFile.FileError"/> with no claims, so that nothing of such a file gets stored.
/// </remarks>
public static class ClaimFileParser
{
    /// <summary>Larger files are refused rather than read into memory: no fact-check feed is this big.</summary>
    public const long MaxFileBytes = 512L * 1024 * 1024;

    /// <summary>Reads a whole file into memory and parses it. <see cref="ClaimFileReader"/> streams a file instead.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Whether a claim needs a rating (by default it does).</param>
    public static ParsedFile Parse(string path, ImportOptions? options = null)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Error(path, ImportFormats.Unknown, "file not found");
        }

        if (info.Length > MaxFileBytes)
        {
            return Error(path, ImportFormats.Unknown, $"file too large ({info.Length / (1024 * 1024)} MiB)");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Error(path, ImportFormats.Unknown, $"cannot read the file ({e.Message})");
        }

        return Parse(bytes, path, options);
    }

    /// <summary>Parses bytes held in memory (a fetched page, an upload).</summary>
    /// <param name="bytes">The file or fetched document.</param>
    /// <param name="name">Reported as the path; its extension is a format hint.</param>
    /// <param name="options">Whether a claim needs a rating (by default it does).</param>
    public static ParsedFile Parse(ReadOnlySpan<byte> bytes, string name, ImportOptions? options = null)
    {
        var text = TextDecoder.Decode(bytes, out var decodeError);
        if (text is null)
        {
            return Error(name, ImportFormats.Unknown, decodeError);
        }

        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty)
        {
            return Error(name, ImportFormats.Unknown, "empty file");
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        var context = new ParseContext(options);
        return trimmed[0] switch
        {
            '<' => FromHtml(name, text, context),
            '{' or '[' => FromJson(name, text, extension, context),
            _ when extension is ".csv" or ".tsv" || LooksTabular(text) => FromCsv(name, text, context),
            _ => Error(name, ImportFormats.Unknown, "not JSON, JSON-LD, HTML or CSV"),
        };
    }

    private static ParsedFile FromJson(string name, string text, string extension, ParseContext context)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, JsonTools.Options);
        }
        catch (JsonException e)
        {
            if (extension is ".jsonl" or ".ndjson" || LooksLikeJsonLines(text))
            {
                ClaimsJsonlReader.ReadLines(text, context);
                return Done(name, ImportFormats.ClaimsJsonl, context, "no claim records");
            }

            var where = e.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            return Error(name, ImportFormats.Json, $"broken JSON{where}: {JsonTools.Describe(e)}");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (FactCheckApiReader.IsResponse(root))
            {
                FactCheckApiReader.ReadResponse(root, context);
                return Done(name, ImportFormats.FactCheckTools, context, "no claims in the response");
            }

            if (FactCheckApiReader.IsClaim(root))
            {
                FactCheckApiReader.ReadClaim(root, "record 1", context);
                return Done(name, ImportFormats.FactCheckTools, context, "no claims");
            }

            if (ClaimsJsonlReader.IsRecord(root))
            {
                ClaimsJsonlReader.ReadRecord(root, "line 1", context);
                return Done(name, ImportFormats.ClaimsJsonl, context, "no claim records");
            }

            if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0
                && (ClaimsJsonlReader.IsRecord(root[0]) || FactCheckApiReader.IsClaim(root[0])))
            {
                return FromRecordArray(name, root, context);
            }

            if (JsonTools.Str(root, "page") is { } page && page.TrimStart().StartsWith('<'))
            {
                context.PageUrl = JsonTools.Str(root, "url");
                return FromHtml(name, page, context);
            }

            return ClaimReviewReader.ReadAll(root, context) == 0
                ? Error(name, ImportFormats.Json, "no ClaimReview, Fact Check Tools claim or claim record found in this JSON")
                : Done(name, ImportFormats.ClaimReview, context, "no ClaimReview found");
        }
    }

    /// <summary>Claim records or Fact Check Tools claims as a JSON array instead of one per line or in an envelope.</summary>
    private static ParsedFile FromRecordArray(string name, JsonElement root, ParseContext context)
    {
        var apiClaims = FactCheckApiReader.IsClaim(root[0]);
        var index = 0;
        foreach (var item in root.EnumerateArray())
        {
            var position = $"record {++index}";
            if (apiClaims)
            {
                FactCheckApiReader.ReadClaim(item, position, context);
            }
            else
            {
                ClaimsJsonlReader.ReadRecord(item, position, context);
            }
        }

        return Done(name, apiClaims ? ImportFormats.FactCheckTools : ImportFormats.ClaimsJsonl, context, "no claim records");
    }

    private static ParsedFile FromHtml(string name, string html, ParseContext context)
    {
        var found = HtmlJsonLd.Read(html, context);
        return found == 0
            ? Error(name, ImportFormats.ClaimReviewInHtml, "no ClaimReview JSON-LD in this HTML page")
            : Done(name, ImportFormats.ClaimReviewInHtml, context, "no ClaimReview JSON-LD in this HTML page");
    }

    private static ParsedFile FromCsv(string name, string text, ParseContext context)
    {
        var error = CsvClaimReader.Read(text, context);
        return error is null ? Done(name, ImportFormats.Csv, context, "no records") : Error(name, ImportFormats.Csv, error);
    }

    private static ParsedFile Done(string name, string format, ParseContext context, string whenNothing)
    {
        if (context.Records == 0)
        {
            return Error(name, format, whenNothing);
        }

        var claims = ClaimMerger.Merge(context.Claims);
        return new ParsedFile(name, format, claims, context.Rejections, Warning: context.FinalWarning(), MoreRejected: context.Rejected - context.Rejections.Count);
    }

    private static ParsedFile Error(string name, string format, string error) => new(name, format, [], [], error);

    internal static bool LooksLikeJsonLines(string text)
    {
        var lines = text.Split('\n', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length >= 2 && lines[0].StartsWith('{') && lines[0].EndsWith('}') && lines[1].StartsWith('{');
    }

    internal static bool LooksTabular(string text)
    {
        var firstLine = text.AsSpan(0, Math.Min(text.Length, 4096));
        var end = firstLine.IndexOfAny('\r', '\n');
        var header = end < 0 ? firstLine : firstLine[..end];
        return header.Count(',') + header.Count(';') + header.Count('\t') >= 1 && end > 0;
    }
}
