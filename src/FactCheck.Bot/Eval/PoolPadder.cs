using FactCheck.Core.Claims;

namespace FactCheck.Bot.Eval;

/// <summary>
/// Makes distractor claims for `eval --pad`: each is a bag of words drawn from the pool's own texts (a word as often
/// as the pool uses it), as long as a claim drawn at random from the pool, in that claim's language, so the languages
/// keep the pool's proportions. No distractor states anything, so none is relevant to a query; the same seed gives
/// the same distractors.
/// </summary>
internal sealed class PoolPadder
{
    private readonly List<(string Language, string[] Words)> pool = [];
    private readonly Dictionary<string, List<string>> wordsByLanguage = new(StringComparer.Ordinal);
    private readonly Random random;

    public PoolPadder(IReadOnlyList<Claim> claims, int seed)
    {
        random = new Random(seed);
        foreach (var claim in claims)
        {
            var language = string.IsNullOrWhiteSpace(claim.Language) ? "und" : claim.Language;
            var words = claim.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            pool.Add((language, words));
            if (!wordsByLanguage.TryGetValue(language, out var list))
            {
                wordsByLanguage[language] = list = [];
            }

            list.AddRange(words);
        }
    }

    /// <summary>The next <paramref name="count"/> distractors, numbered from <paramref name="first"/>.</summary>
    public IReadOnlyList<Claim> Next(int first, int count)
    {
        var batch = new List<Claim>(count);
        if (pool.Count == 0)
        {
            return batch;
        }

        for (var i = 0; i < count; i++)
        {
            var (language, model) = pool[random.Next(pool.Count)];
            var vocabulary = wordsByLanguage[language];
            var words = new string[model.Length];
            for (var w = 0; w < words.Length; w++)
            {
                words[w] = vocabulary[random.Next(vocabulary.Count)];
            }

            var id = $"pad-{first + i}";
            batch.Add(new Claim(
                id,
                string.Join(' ', words),
                language,
                [],
                [],
                [new Review("urn:pad:" + id, new Publisher("Padding"), "False", Verdict.False)]));
        }

        return batch;
    }
}
