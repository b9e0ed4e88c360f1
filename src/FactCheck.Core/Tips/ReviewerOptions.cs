namespace FactCheck.Core.Tips;

/// <summary>The `Reviewers` section: user ids allowed to handle tips, per platform.</summary>
public sealed class ReviewerOptions
{
    public const string Section = "Reviewers";

    /// <summary>Telegram user ids (numbers, as text).</summary>
    public IList<string> Telegram { get; init; } = [];

    /// <summary>Discord user ids (snowflakes, as text).</summary>
    public IList<string> Discord { get; init; } = [];

    /// <summary>True when <paramref name="reviewer"/> may act. The command line is trusted: whoever runs it holds the database file.</summary>
    public bool Allows(Reviewer reviewer)
    {
        var ids = reviewer.Platform switch
        {
            Reviewer.CommandLine => null,
            "telegram" => Telegram,
            "discord" => Discord,
            _ => [],
        };
        return ids is null || ids.Any(id => string.Equals(id.Trim(), reviewer.UserId, StringComparison.Ordinal));
    }

    /// <summary>The first id that is not a plain number (both platforms use numeric ids), or null.</summary>
    public string? FirstInvalidId() =>
        Telegram.Concat(Discord).FirstOrDefault(id => string.IsNullOrWhiteSpace(id) || !id.Trim().All(char.IsAsciiDigit));
}
