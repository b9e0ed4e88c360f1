namespace FactCheck.Core.Import;

/// <summary>Which CSV column holds what, found from common header names (English, schema.org, Indonesian).</summary>
internal sealed record CsvColumns(int Text, int Url, int Rating, int Publisher, int Date, int Language, int Id, int Title)
{
    private static readonly string[] TextNames = ["claimreviewed", "claim", "claimtext", "statement", "text", "narasi", "klaim", "content"];
    private static readonly string[] UrlNames = ["url", "reviewurl", "factcheckurl", "articleurl", "link", "permalink"];
    private static readonly string[] PublisherNames = ["publisher", "publishername", "factchecker", "organization", "organisation", "site"];
    private static readonly string[] DateNames = ["date", "datepublished", "reviewdate", "publishedon", "published", "tanggal", "publicationdate"];
    private static readonly string[] LanguageNames = ["language", "lang", "inlanguage", "languagecode"];
    private static readonly string[] IdNames = ["id", "claimid"];
    private static readonly string[] TitleNames = ["title", "headline", "judul"];

    public static CsvColumns From(IReadOnlyList<string> header)
    {
        var keys = header.Select(Key).ToList();
        int Find(string[] names) => names.Select(n => keys.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
        var text = Find(TextNames);
        var title = Find(TitleNames);
        return new CsvColumns(text < 0 ? title : text, Find(UrlNames), Find(RatingFields.Names), Find(PublisherNames), Find(DateNames),
            Find(LanguageNames), Find(IdNames), text < 0 ? -1 : title);
    }

    /// <summary>A header name reduced to lower-case letters and digits ("Claim Text", "claim_text" → "claimtext").</summary>
    private static string Key(string name) => RatingFields.Key(name);
}
