namespace FactCheck.Core.Import;

/// <summary>The names of the file formats the importer recognises, as shown in import summaries.</summary>
public static class ImportFormats
{
    public const string ClaimReview = "ClaimReview JSON-LD";
    public const string ClaimReviewInHtml = "ClaimReview JSON-LD in HTML";
    public const string FactCheckTools = "Fact Check Tools claims:search";
    public const string ClaimsJsonl = "claims JSONL";
    public const string Csv = "CSV";
    public const string Json = "JSON";
    public const string Unknown = "unknown format";
}
