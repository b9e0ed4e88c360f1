using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace FactCheck.Storage.Relational;

/// <summary>A provider's migration scripts, embedded as NNNN_name.sql (the SQL stays per provider: it is dialect DDL).
/// Numbers need not be contiguous: a later script may land before an earlier gap is filled.</summary>
internal static partial class MigrationScripts
{
    /// <summary>The scripts embedded in <paramref name="assembly"/> under <paramref name="resourcePrefix"/>, ordered by number.</summary>
    public static IReadOnlyList<Migration> Embedded(Assembly assembly, string resourcePrefix) =>
        FromFiles(assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal))
            .Select(resource =>
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var reader = new StreamReader(stream);
                return (resource[resourcePrefix.Length..], reader.ReadToEnd());
            }));

    /// <summary>Migrations from (file name, script) pairs, ordered by number; a name not NNNN_name.sql or a repeated number is a build mistake.</summary>
    public static IReadOnlyList<Migration> FromFiles(IEnumerable<(string FileName, string Sql)> files)
    {
        var migrations = new List<Migration>();
        foreach (var (fileName, sql) in files)
        {
            var match = FileName().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration resource '{fileName}' is not named NNNN_name.sql.");
            }

            migrations.Add(new Migration(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, sql));
        }

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migrations share number {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        }

        return [.. migrations.OrderBy(m => m.Version)];
    }

    [GeneratedRegex(@"^(\d{4})_([A-Za-z0-9_]+)\.sql$")]
    private static partial Regex FileName();
}
