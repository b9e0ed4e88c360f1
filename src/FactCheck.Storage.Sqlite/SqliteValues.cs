using System.Globalization;

namespace FactCheck.Storage.Sqlite;

/// <summary>How values are written to the database: ISO 8601 text for days and moments, NULL for absent values.</summary>
internal static class SqliteValues
{
    public static string Now() => DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Moment(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static object Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? (object)DBNull.Value;

    public static object OrNull(string? value) => value ?? (object)DBNull.Value;

    public static DateOnly? ReadDay(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
