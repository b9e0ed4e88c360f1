using FactCheck.Core.Checking;
using FactCheck.Core.Claims;

namespace FactCheck.Discord.Tests.Rendering;

/// <summary>Hand-made reports for renderer tests.</summary>
internal static class Reports
{
    public static Claim Claim(int i, Verdict verdict = Verdict.False, int reviews = 1, int textLength = 80) => new(
        "c" + i,
        ("Claim number " + i + " says something viral about vaccines, towers and elections. ").PadRight(textLength, 'x'),
        "en",
        [],
        [],
        [.. Enumerable.Range(0, reviews).Select(r => new Review(
            $"https://factcheck{r}.example.org/2024/05/claim-{i}-a-rather-long-slug-for-the-article",
            new Publisher("Publisher " + r),
            "Pants on fire " + r,
            verdict,
            new DateOnly(2024, 5, 2),
            Summary: "Why: the photo is from 2019 and the quote was never said, according to the original source."))]);

    public static ClaimMatch Match(int i, MatchDecision decision = MatchDecision.Reply, Verdict verdict = Verdict.False, int reviews = 1, int textLength = 80) =>
        new(Claim(i, verdict, reviews, textLength), decision, 0.91, "the passage of the user's message that matched claim " + i);

    public static CheckReport With(params ClaimMatch[] matches) => new("en", InputNote.None, matches, [], 1);
}
