using FactCheck.Core.Claims;

namespace FactCheck.Storage.Tests.Sqlite;

/// <summary>Claims built in code for store tests.</summary>
internal static class Claims
{
    public static Claim Make(string id, string rating = "False", string? url = null) => new(
        id,
        $"Claim {id} as the fact-checker phrased it",
        "en",
        [new Phrasing($"Another wording of {id}", "id"), new Phrasing($"Title of {id}")],
        [$"https://social.example.com/{id}"],
        [new Review(
            url ?? $"https://factcheck.example.org/{id}",
            new Publisher("Example Fact Check", "factcheck.example.org"),
            rating,
            RatingMapper.Map(rating),
            new DateOnly(2024, 5, 2),
            $"Headline {id}",
            "en",
            null)]);
}
