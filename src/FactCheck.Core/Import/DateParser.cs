using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Core.Import;

/// <summary>Reads the publication dates found in real feeds: ISO with or without time and offset, "April 19, 2019",
/// "26 May 2015", "24 Juni 2024", dd/mm/yyyy.</summary>
/// <remarks>The date is taken as written, never shifted to UTC: it is the publisher's calendar day.</remarks>
internal static partial class DateParser
{
    private static readonly string[] WordFormats =
    [
        "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "d MMMM, yyyy",
        "dddd, MMMM d, yyyy", "dddd, d MMMM yyyy", "ddd, d MMM yyyy", "MMM. d, yyyy",
    ];

    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>True with the date (null for an empty value or one with no digit at all); false when a date is there but unreadable.</summary>
    /// <param name="value">The date as the feed wrote it.</param>
    /// <param name="date">The calendar day, or null when the value is empty.</param>
    /// <param name="monthFirst">For a slash date whose parts could be either: read 03/04/2020 as March 4 (a US file).</param>
    public static bool TryParse(string? value, out DateOnly? date, bool monthFirst = false)
    {
        date = null;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || !text.Any(char.IsAsciiDigit))
        {
            // A value without a single digit is not a misread date but other text spilled into the field
            // (two benchmark claims carry a sentence there): the record has no date rather than being refused.
            return true;
        }

        var iso = IsoPrefix().Match(text);
        if (iso.Success)
        {
            return TryDate(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value, out date);
        }

        var numeric = NumericDate().Match(text);
        if (numeric.Success)
        {
            var a = int.Parse(numeric.Groups[1].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(numeric.Groups[2].Value, CultureInfo.InvariantCulture);
            var year = numeric.Groups[3].Value;
            var readMonthFirst = b > 12 || (monthFirst && a <= 12);
            return readMonthFirst
                ? TryDate(year, a.ToString(CultureInfo.InvariantCulture), b.ToString(CultureInfo.InvariantCulture), out date)
                : TryDate(year, b.ToString(CultureInfo.InvariantCulture), a.ToString(CultureInfo.InvariantCulture), out date);
        }

        var words = TimeSuffix().Replace(text, string.Empty);
        if (DateTime.TryParseExact(words, WordFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            || DateTime.TryParseExact(words, WordFormats, Indonesian, DateTimeStyles.AllowWhiteSpaces, out parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        return false;
    }

    /// <summary>Whether a slash date's first part is above 12 (so the file writes day first).</summary>
    public static bool? SlashOrder(string? value)
    {
        var m = NumericDate().Match(value?.Trim() ?? string.Empty);
        if (!m.Success)
        {
            return null;
        }

        var a = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return a > 12 ? false : b > 12 ? true : null;
    }

    private static bool TryDate(string year, string month, string day, out DateOnly? date)
    {
        date = null;
        if (int.TryParse(year, CultureInfo.InvariantCulture, out var y) && int.TryParse(month, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(day, CultureInfo.InvariantCulture, out var d) && y is >= 1000 and <= 9999 && m is >= 1 and <= 12
            && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            date = new DateOnly(y, m, d);
            return true;
        }

        return false;
    }

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ]\d{1,2}:\d{2})")]
    private static partial Regex IsoPrefix();

    [GeneratedRegex(@"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:$|[ T]\d{1,2}:\d{2})")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?:\s*[A-Z]{2,4})?$")]
    private static partial Regex TimeSuffix();
}
