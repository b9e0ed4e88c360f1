using System.Data;
using System.Data.Common;
using System.Globalization;

namespace FactCheck.Storage.Relational;

/// <summary>How values are written: ISO 8601 text for days and moments (in both providers), NULL for absent values.</summary>
internal static class SqlValues
{
    private const string MomentFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public static string Now() => DateTime.UtcNow.ToString(MomentFormat, CultureInfo.InvariantCulture);

    public static string Moment(DateTimeOffset moment) => moment.UtcDateTime.ToString(MomentFormat, CultureInfo.InvariantCulture);

    public static object Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? (object)DBNull.Value;

    public static object OrNull(string? value) => value ?? (object)DBNull.Value;

    /// <summary>A number that may be NULL, typed so that PostgreSQL need not infer a NULL's type.</summary>
    public static SqlTyped Int64(long? value) => new(value, DbType.Int64);

    /// <summary>Text that may be NULL, typed so that PostgreSQL need not infer a NULL's type (as in COALESCE(@x, column)).</summary>
    public static SqlTyped String(string? value) => new(value, DbType.String);

    public static DateOnly? ReadDay(string? value) =>
        value is null ? null : DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadMoment(string value) =>
        DateTimeOffset.ParseExact(value, MomentFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? Moment(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : ReadMoment(reader.GetString(ordinal));
}
