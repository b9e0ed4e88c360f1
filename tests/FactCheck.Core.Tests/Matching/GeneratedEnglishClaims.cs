using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Matching;

/// <summary>
/// Thousands of English claims made of news words, some of which (names, places, numbers) an Indonesian message
/// shares, so that a test can fill a store the way a large English fact-check import does.
/// </summary>
internal static class GeneratedEnglishClaims
{
    private static readonly string[] Words =
    [
        "Russia", "China", "Ukraine", "Putin", "Kim", "Jong", "Un", "North", "Korea", "military", "financial", "help",
        "invasion", "president", "video", "shows", "photo", "says", "claims", "Biden", "Trump", "vaccine", "COVID-19",
        "government", "secretly", "banned", "police", "arrested", "soldiers", "troops", "money", "billion", "Express",
        "UK", "tweet", "2022", "March", "Tuesday", "war", "Moscow", "Beijing", "embassy", "spokesperson", "news", "Facebook",
        "post", "viral", "image", "children", "school", "election", "fraud", "votes", "senator", "bill", "law", "tax",
    ];

    /// <summary><paramref name="count"/> claims, the same ones for the same count.</summary>
    public static IReadOnlyList<Claim> Make(int count)
    {
        var random = new Random(12);
        var claims = new List<Claim>(count);
        for (var i = 0; i < count; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(6, 18)).Select(_ => Words[random.Next(Words.Length)])) + ".";
            claims.Add(new Claim(
                $"gen-{i}",
                text,
                "en",
                [new Phrasing("Fact check: " + text, "en")],
                [],
                [new Review($"https://factcheck.example.org/gen-{i}", new Publisher("Example Fact Check"), "False", Verdict.False)]));
        }

        return claims;
    }
}
