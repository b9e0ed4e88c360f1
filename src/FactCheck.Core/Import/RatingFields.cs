using System.Text.Json;

namespace FactCheck.Core.Import;

/// <summary>Where a record states its rating: the keys and column headers publishers and exports use for it.</summary>
internal static class RatingFields
{
    public const string MissingReason = "no rating: a claim without a rating is not a fact-check";

    public const string NumericOnlyReason = "no rating words, only a ratingValue: numbers alone never make a verdict";

    /// <summary>Column headers and record keys, reduced to lower-case letters and digits, most specific first.
    /// schema.org's reviewRating and textualRating, plain English words, and Indonesian exports' penilaian
    /// ("assessment") and kesimpulan ("conclusion").</summary>
    public static readonly string[] Names =
    [
        "reviewrating", "textualrating", "rating", "alternatename", "ratingtext", "ratingname", "verdict", "label",
        "classification", "klasifikasi", "penilaian", "kesimpulan", "truthrating",
    ];

    /// <summary>The names as a person would look for them in a report.</summary>
    public const string Described = "reviewRating, textualRating, rating, verdict, label, classification, penilaian, kesimpulan";

    /// <summary>A claim record's rating words: the first known key (any case, `_` or spaces ignored) with text; a
    /// reviewRating object gives its alternateName or name. Numbers alone are not rating words, but are kept as
    /// published (they map to Other), as before.</summary>
    public static string Read(JsonElement record)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return string.Empty;
        }

        foreach (var name in Names)
        {
            foreach (var property in record.EnumerateObject())
            {
                if (Key(property.Name) != name)
                {
                    continue;
                }

                var value = property.Value;
                var text = value.ValueKind == JsonValueKind.Object
                    ? JsonTools.FirstStr(value, "alternateName", "name", "textualRating")
                    : JsonTools.Str(record, property.Name);
                if (TextClean.Inline(text) is { Length: > 0 } rating)
                {
                    return rating;
                }
            }
        }

        return string.Empty;
    }

    /// <summary>A header or key reduced to lower-case letters and digits ("Review Rating", "review_rating" → "reviewrating").</summary>
    public static string Key(string name) =>
        new([.. name.Trim().TrimStart('\uFEFF').ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
