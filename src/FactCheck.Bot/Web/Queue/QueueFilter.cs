using FactCheck.Core.Tips;
using Microsoft.AspNetCore.Http;

namespace FactCheck.Bot.Web.Queue;

/// <summary>The queue's filters as the form sends them: platform, language, age in days, words to search.</summary>
internal sealed record QueueFilter(string? Platform, string? Language, int? MaxAgeDays, string? Search)
{
    public static QueueFilter From(IQueryCollection query)
    {
        static string? Value(IQueryCollection q, string key, int max) =>
            q[key].ToString().Trim() is { Length: > 0 } v ? v[..Math.Min(v.Length, max)] : null;
        var age = int.TryParse(query["age"].ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) && days is > 0 and <= 3650 ? days : (int?)null;
        return new QueueFilter(Value(query, "platform", 20), Value(query, "language", 10), age, Value(query, "q", 200));
    }

    /// <summary>True when the tip passes the filters that need no asker list.</summary>
    public bool Admits(Tip tip, DateTimeOffset now) =>
        (Language is null || string.Equals(tip.Language, Language, StringComparison.OrdinalIgnoreCase))
        && (MaxAgeDays is not { } days || tip.CreatedAt >= now - TimeSpan.FromDays(days))
        && (Search is null || tip.Text.Contains(Search, StringComparison.OrdinalIgnoreCase));
}
