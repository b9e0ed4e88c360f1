using FactCheck.Core.Claims;

namespace FactCheck.Bot.Eval;

/// <summary>
/// Makes distractor claims for `eval --pad`: each copies the shape of a claim drawn at random from the pool (its
/// language, the number of words of its text and of each of its phrasings) and fills it with words drawn from that
/// language's texts in the pool, each as often as the pool uses it. Languages keep the pool's proportions, documents its
/// length distribution and words their document frequencies relative to each other (so BM25's weights stay what they
/// were, and a distractor shares common words with a message as a real unrelated claim would); no distractor states
/// anything, so none is relevant to a query, and the same seed gives the same distractors.
/// </summary>
internal sealed class PoolPadder
{
    private readonly List<(string Language, int[] Lengths)> shapes = [];
    private readonly Dictionary<string, List<string>> wordsByLanguage = new(StringComparer.Ordinal);
    private readonly Random random;

    public PoolPadder(IReadOnlyList<Claim> claims, int seed)
    {
        random = new Random(seed);
        foreach (var claim in claims)
        {
            var language = string.IsNullOrWhiteSpace(claim.Language) ? "und" : claim.Language;
            var texts = claim.AllTexts().Select(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToList();
            if (texts[0].Length == 0)
            {
                continue;
            }

            shapes.Add((language, texts.Select(t => t.Length).ToArray()));
            if (!wordsByLanguage.TryGetValue(language, out var list))
            {
                wordsByLanguage[language] = list = [];
            }

            list.AddRange(texts.SelectMany(t => t));
        }
    }

    /// <summary>The next <paramref name="count"/> distractors, numbered from <paramref name="first"/>.</summary>
    public IReadOnlyList<Claim> Next(int first, int count)
    {
        var batch = new List<Claim>(count);
        if (shapes.Count == 0)
        {
            return batch;
        }

        for (var i = 0; i < count; i++)
        {
            var (language, lengths) = shapes[random.Next(shapes.Count)];
            var vocabulary = wordsByLanguage[language];
            var texts = lengths.Select(length => Words(vocabulary, length)).ToArray();
            var id = $"pad-{first + i}";
            batch.Add(new Claim(
                id,
                texts[0],
                language,
                [.. texts.Skip(1).Where(t => t.Length > 0).Select(t => new Phrasing(t, language))],
                [],
                [new Review("urn:pad:" + id, new Publisher("Padding"), "False", Verdict.False)]));
        }

        return batch;
    }

    private string Words(List<string> vocabulary, int length)
    {
        var words = new string[length];
        for (var w = 0; w < words.Length; w++)
        {
            words[w] = vocabulary[random.Next(vocabulary.Count)];
        }

        return string.Join(' ', words);
    }
}
