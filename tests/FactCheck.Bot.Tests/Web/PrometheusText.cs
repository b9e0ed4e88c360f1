using System.Globalization;
using System.Text.RegularExpressions;

namespace FactCheck.Bot.Tests.Web;

/// <summary>Reads Prometheus text exposition: every line must be a comment, blank, or `name{labels} value [timestamp]`.</summary>
internal static partial class PrometheusText
{
    /// <summary>The sum of the samples of <paramref name="name"/> whose labels contain <paramref name="label"/>; throws on a malformed line.</summary>
    public static double Sum(string text, string name, string label)
    {
        var sum = 0.0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var m = Sample().Match(line);
            if (!m.Success)
            {
                throw new FormatException("Not Prometheus text: " + line);
            }

            if (m.Groups["name"].Value == name && m.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            {
                sum += double.Parse(m.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        return sum;
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?<labels>\{[^}]*\})?\s+(?<value>[-+]?(?:[0-9.eE+-]+|Inf|NaN))(?:\s+-?[0-9]+)?$")]
    private static partial Regex Sample();
}
