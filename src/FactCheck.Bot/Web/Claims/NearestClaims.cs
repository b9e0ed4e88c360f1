using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Matching;

namespace FactCheck.Bot.Web.Claims;

/// <summary>The claims the checker's matcher ranks for a text, with its confidence and evidence, including those below
/// the suggestion threshold (a reviewer wants to see near misses too).</summary>
internal static class NearestClaims
{
    /// <summary>One ranked claim.</summary>
    public sealed record Ranked(Claim Claim, PassageMatch Match, MatchDecision? Decision);

    public static IReadOnlyList<Ranked> Rank(CheckService checker, string text, int count)
    {
        // The matcher's index is reference-counted: hold it for the search, so a refresh cannot release it under us.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var matcher = checker.Matcher;
            if (matcher is null)
            {
                return [];
            }

            if (!matcher.Index.TryAcquire())
            {
                continue;
            }

            try
            {
                return [.. matcher.Match(text).Matches.Take(count)
                    .Select(m => new Ranked(matcher.Index.Claims[m.ClaimIndex], m, matcher.Decide(m)))];
            }
            finally
            {
                matcher.Index.Release();
            }
        }

        return [];
    }
}
