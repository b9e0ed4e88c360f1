using FactCheck.Bot.Cli;
using FactCheck.Bot.Eval;
using FactCheck.Core.Claims;

namespace FactCheck.Bot.Tests.Eval;

public sealed class PoolPadderTests
{
    private static readonly IReadOnlyList<Claim> Pool =
    [
        Make("a", "Vaksin COVID-19 mengandung microchip untuk melacak orang", "id"),
        Make("b", "Video banjir di Kuala Lumpur", "id"),
        Make("c", "A viral video shows a 10-meter-long anaconda swimming across a river in Brazil.", "en", "Does Video Show a 10-Meter-Long Anaconda?"),
        Make("d", "McDonald's restaurants are offering $1 Any Size Fries between May 18 and 31.", "en", "$1 McDonald's Any Size Fries"),
    ];

    [Fact]
    public void The_same_seed_gives_the_same_distractors_and_another_seed_other_ones()
    {
        var first = new PoolPadder(Pool, 7).Next(0, 50).Select(c => c.Text).ToList();
        Assert.Equal(first, new PoolPadder(Pool, 7).Next(0, 50).Select(c => c.Text).ToList());
        Assert.NotEqual(first, new PoolPadder(Pool, 8).Next(0, 50).Select(c => c.Text).ToList());
    }

    [Fact]
    public void A_distractor_is_shaped_like_a_pool_claim_of_its_language_and_made_of_that_languages_words()
    {
        var byLanguage = Pool.GroupBy(c => c.Language).ToDictionary(
            g => g.Key,
            g => g.SelectMany(c => c.AllTexts()).SelectMany(t => t.Split(' ')).ToHashSet(StringComparer.Ordinal));
        var shapes = Pool.Select(c => string.Join(',', c.AllTexts().Select(t => t.Split(' ').Length))).ToHashSet();
        var distractors = new PoolPadder(Pool, 1).Next(100, 400);
        Assert.Equal(400, distractors.Select(c => c.Id).Distinct().Count());
        Assert.StartsWith("pad-100", distractors[0].Id, StringComparison.Ordinal);
        foreach (var claim in distractors)
        {
            Assert.Contains(string.Join(',', claim.AllTexts().Select(t => t.Split(' ').Length)), shapes);
            Assert.All(claim.AllTexts().SelectMany(t => t.Split(' ')), w => Assert.Contains(w, byLanguage[claim.Language]));
            Assert.Single(claim.Reviews);
        }

        // Languages keep the pool's proportions (half and half here), within what 400 draws allow.
        Assert.InRange(distractors.Count(c => c.Language == "id"), 150, 250);
    }

    [Fact]
    public void Eval_takes_several_claim_files_and_a_padding()
    {
        var file = Path.GetTempFileName();
        try
        {
            var root = CommandLine.Build(new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null));

            var parsed = root.Parse(["eval", "--claims", file, "--claims", file, "--queries", file, "--pad", "1000", "--pad-seed", "3"]);
            Assert.Empty(parsed.Errors);
            Assert.Equal([file, file], parsed.GetValue<string[]>("--claims")!);
            Assert.Equal((1000, 3), (parsed.GetValue<int>("--pad"), parsed.GetValue<int>("--pad-seed")));

            var negative = root.Parse(["eval", "--claims", file, "--queries", file, "--pad", "-5"]);
            Assert.Contains(negative.Errors, e => e.Message.Contains("--pad", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Claim Make(string id, string text, string language, params string[] phrasings) =>
        new(id, text, language, [.. phrasings.Select(p => new Phrasing(p, language))], [], [new Review("urn:test:" + id, new Publisher("Test"), "False", Verdict.False)]);
}
