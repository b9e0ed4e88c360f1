using System.Text.RegularExpressions;

namespace FactCheck.Core.Matching;

/// <summary>Splits a message into claim-sized passages: its sentences and lines, pairs of neighbouring sentences, and the whole message when it is short.</summary>
public static partial class Segmenter
{
    /// <summary>The first this many words of a message are also searched as a whole.</summary>
    public const int WholeMessageMaxWords = 250;

    /// <summary>Passages of fewer words are joined to a neighbour (a lone "Hoaks!" says nothing on its own).</summary>
    public const int MinWords = 4;

    /// <summary>Passages of more words are cut (a run-on forward with no full stops).</summary>
    public const int MaxWords = 60;

    /// <summary>Passages, first the whole message (when short), then sentences, then neighbouring pairs; duplicates removed.</summary>
    public static IReadOnlyList<Passage> Split(string text, int maxPassages)
    {
        var passages = new List<Passage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string original, bool whole)
        {
            var normalized = TextNormalizer.Normalize(original).Text.Trim();
            if (normalized.Length > 0 && passages.Count < maxPassages && seen.Add(normalized))
            {
                passages.Add(new Passage(original.Trim(), normalized, whole));
            }
        }

        var sentences = Sentences(text);

        // The whole message (its beginning, when long) ranks claims best; its sentences decide what is said.
        Add(CountWords(text) <= WholeMessageMaxWords ? text : string.Join(' ', WordPattern().Matches(text).Take(WholeMessageMaxWords).Select(m => m.Value)), whole: true);

        foreach (var s in sentences)
        {
            Add(s, whole: false);
        }

        // Clauses of long sentences: a claim often fills one clause of a sentence that goes on about something else.
        foreach (var clause in sentences.Where(s => CountWords(s) >= ClauseSplitMinWords).SelectMany(Clauses))
        {
            Add(clause, whole: false);
        }

        for (var i = 0; i + 1 < sentences.Count; i++)
        {
            if (CountWords(sentences[i]) + CountWords(sentences[i + 1]) <= MaxWords)
            {
                Add(sentences[i] + " " + sentences[i + 1], whole: false);
            }
        }

        return passages;
    }

    /// <summary>Sentences of at least this many words are also searched clause by clause.</summary>
    public const int ClauseSplitMinWords = 14;

    /// <summary>The clauses of a sentence (split at commas, semicolons and colons), short ones joined to the next.</summary>
    internal static IEnumerable<string> Clauses(string sentence)
    {
        var pending = string.Empty;
        foreach (var piece in ClauseEnd().Split(sentence).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            pending = pending.Length == 0 ? piece : pending + ", " + piece;
            if (CountWords(pending) >= MinWords * 2)
            {
                yield return pending;
                pending = string.Empty;
            }
        }

        if (pending.Length > 0 && CountWords(pending) >= MinWords)
        {
            yield return pending;
        }
    }

    /// <summary>Sentences and lines, short ones joined to the next, long ones cut into windows.</summary>
    internal static IReadOnlyList<string> Sentences(string text)
    {
        var raw = SentenceEnd().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0);
        var result = new List<string>();
        var pending = string.Empty;
        foreach (var piece in raw)
        {
            var joined = pending.Length == 0 ? piece : pending + " " + piece;
            if (CountWords(joined) < MinWords)
            {
                pending = joined;
                continue;
            }

            pending = string.Empty;
            result.AddRange(Windows(joined));
        }

        if (pending.Length > 0)
        {
            if (result.Count > 0 && CountWords(result[^1]) + CountWords(pending) <= MaxWords)
            {
                result[^1] = result[^1] + " " + pending;
            }
            else
            {
                result.Add(pending);
            }
        }

        return result;
    }

    internal static int CountWords(string text) => WordPattern().Count(text);

    private static IEnumerable<string> Windows(string sentence)
    {
        var words = sentence.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxWords)
        {
            yield return sentence;
            yield break;
        }

        // Overlapping windows, so that a claim straddling a cut is still whole in one of them.
        const int step = MaxWords / 2;
        for (var start = 0; start < words.Length; start += step)
        {
            yield return string.Join(' ', words.Skip(start).Take(MaxWords));
            if (start + MaxWords >= words.Length)
            {
                break;
            }
        }
    }

    // A sentence ends at . ! ? … followed by space or a closing quote, or at a line break; decimals and "U.S." stay whole.
    [GeneratedRegex(@"(?<=[.!?…。])[""'”’)\]]*\s+|\r?\n+", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=\D)[,;:]\s+|[,;:]\s+(?=\D)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
