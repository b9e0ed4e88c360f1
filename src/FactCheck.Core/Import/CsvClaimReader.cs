using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>Reads a CSV file with a header row into claims, one per record.</summary>
/// <remarks>A claim text column and a review URL column are required: without the URL a row has no identity and no
/// citation, so such a file is refused as a whole rather than row by row.</remarks>
internal static class CsvClaimReader
{
    /// <summary>Reads the records; returns a whole-file error, or null.</summary>
    public static string? Read(string text, ParseContext context)
    {
        var delimiter = CsvTokenizer.DetectDelimiter(text);
        var records = CsvTokenizer.Records(text, delimiter).ToList();
        if (records.Count == 0)
        {
            return "empty file";
        }

        if (Columns(records[0].Fields, context, out var columns) is { } error)
        {
            return error;
        }

        if (records.Count == 1)
        {
            return "header row only, no records";
        }

        var monthFirst = MonthFirst(records.Skip(1), columns);
        foreach (var (line, fields) in records.Skip(1))
        {
            ReadRow(fields, columns, line, monthFirst, context);
        }

        return null;
    }

    /// <summary>Finds the columns from the header; a whole-file error when the text or URL column is missing.
    /// A missing rating column is not an error but a warning at the top of the report: every row is then unrated.</summary>
    public static string? Columns(List<string> header, ParseContext context, out CsvColumns columns)
    {
        columns = CsvColumns.From(header);
        var headerList = string.Join(", ", header.Where(h => h.Length > 0).Take(12));
        if (columns.Text < 0)
        {
            return $"no claim text column (looked for claimReviewed, claim, text, narasi, title...; header: {headerList})";
        }

        if (columns.Url < 0)
        {
            return $"no review URL column (looked for url, reviewUrl, link...; header: {headerList})";
        }

        if (columns.Rating < 0)
        {
            context.Warning = $"no rating column recognised (looked for {RatingFields.Described}; header: {headerList}): "
                + (context.Options.RequireRating ? "every record is rejected as unrated" : "every claim's verdict is Other");
        }

        return null;
    }

    /// <summary>Whether the file's slash dates put the month first: only when some date cannot be day first.</summary>
    /// <param name="rows">The records after the header; read only up to the first date that decides.</param>
    /// <param name="columns">Where the date column is.</param>
    public static bool MonthFirst(IEnumerable<(int Line, List<string> Fields)> rows, CsvColumns columns)
    {
        if (columns.Date < 0)
        {
            return false;
        }

        foreach (var (_, fields) in rows)
        {
            if (DateParser.SlashOrder(Field(fields, columns.Date)) is { } monthFirst)
            {
                return monthFirst;
            }
        }

        return false;
    }

    public static void ReadRow(List<string> fields, CsvColumns columns, int line, bool monthFirst, ParseContext context)
    {
        var position = $"line {line}";
        var text = TextClean.Inline(Field(fields, columns.Text));
        if (text.Length == 0)
        {
            context.Reject(position, "missing claim text");
            return;
        }

        var url = UrlTools.Canonicalize(Field(fields, columns.Url), null, out var urlReason);
        if (url is null)
        {
            context.Reject(position, urlReason);
            return;
        }

        var rawDate = Field(fields, columns.Date);
        if (!DateParser.TryParse(rawDate, out var date, monthFirst))
        {
            context.Reject(position, $"bad date '{rawDate}'");
            return;
        }

        var language = LanguageTag.Normalize(Field(fields, columns.Language));
        var rating = TextClean.Inline(Field(fields, columns.Rating));
        if (!context.AcceptsRating(rating, position))
        {
            return;
        }

        var title = TextClean.Inline(Field(fields, columns.Title));
        var phrasings = title.Length > 0 && title != text ? new List<Phrasing> { new(title, LanguageTag.Optional(language)) } : [];
        var review = new Review(
            url,
            new Publisher(TextClean.Inline(Field(fields, columns.Publisher)), UrlTools.Host(url)),
            rating,
            RatingMapper.Map(rating),
            date,
            title.Length > 0 ? title : null,
            LanguageTag.Optional(language));
        var id = TextClean.Inline(Field(fields, columns.Id));
        context.Add(new Claim(id.Length > 0 ? id : UrlTools.ClaimIdFor(url), text, language, phrasings, [], [review]));
    }

    private static string Field(List<string> fields, int index) => index >= 0 && index < fields.Count ? fields[index] : string.Empty;
}
