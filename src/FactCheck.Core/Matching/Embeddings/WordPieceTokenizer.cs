using System.Globalization;
using System.Text;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>BERT's tokenizer: split on whitespace and punctuation, then greedy longest-match WordPiece.</summary>
internal sealed class WordPieceTokenizer
{
    // BERT gives up on very long "words" (URLs without spaces, base64) and emits [UNK] for them.
    private const int MaxCharsPerWord = 100;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _starts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _continuations;
    private readonly bool _lowerCase;
    private readonly int _unknown;
    private readonly IReadOnlyList<string> _vocabulary;

    public WordPieceTokenizer(IReadOnlyList<string> vocabulary, bool lowerCase)
    {
        var starts = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        var continuations = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var id = 0; id < vocabulary.Count; id++)
        {
            var token = vocabulary[id];
            if (token.StartsWith("##", StringComparison.Ordinal) && token.Length > 2)
            {
                continuations.TryAdd(token[2..], id);
            }
            else
            {
                starts.TryAdd(token, id);
            }
        }

        _starts = starts.GetAlternateLookup<ReadOnlySpan<char>>();
        _continuations = continuations.GetAlternateLookup<ReadOnlySpan<char>>();
        _lowerCase = lowerCase;
        _vocabulary = vocabulary;
        _unknown = Required(starts, "[UNK]");
        ClsId = Required(starts, "[CLS]");
        SepId = Required(starts, "[SEP]");
        PadId = starts.GetValueOrDefault("[PAD]", 0);
    }

    public int ClsId { get; }

    public int SepId { get; }

    public int PadId { get; }

    /// <summary>[CLS] + word pieces + [SEP], cut to <paramref name="maxTokens"/> in all.</summary>
    public List<int> Encode(string text, int maxTokens)
    {
        var ids = new List<int>(Math.Min(maxTokens, 64)) { ClsId };
        var budget = maxTokens - 1;
        foreach (var word in PreTokenize(text))
        {
            if (ids.Count >= budget)
            {
                break;
            }

            AddWordPieces(word, ids, budget);
        }

        ids.Add(SepId);
        return ids;
    }

    /// <summary>The vocabulary entries of <paramref name="ids"/> (continuations keep their "##").</summary>
    public List<string> Decode(IEnumerable<int> ids) => [.. ids.Select(id => _vocabulary[id])];

    private void AddWordPieces(string word, List<int> ids, int budget)
    {
        if (word.Length > MaxCharsPerWord)
        {
            ids.Add(_unknown);
            return;
        }

        var mark = ids.Count;
        var start = 0;
        while (start < word.Length)
        {
            var lookup = start == 0 ? _starts : _continuations;
            var end = word.Length;
            var found = -1;
            while (end > start)
            {
                if (lookup.TryGetValue(word.AsSpan(start, end - start), out var id))
                {
                    found = id;
                    break;
                }

                end--;
            }

            if (found < 0)
            {
                // A word that cannot be spelled with the vocabulary becomes one [UNK], as in BERT.
                ids.RemoveRange(mark, ids.Count - mark);
                ids.Add(_unknown);
                break;
            }

            ids.Add(found);
            start = end;
        }

        if (ids.Count > budget)
        {
            ids.RemoveRange(budget, ids.Count - budget);
        }
    }

    private IEnumerable<string> PreTokenize(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var value = rune.Value;
            if (value == 0 || value == 0xFFFD || (Rune.IsControl(rune) && !Rune.IsWhiteSpace(rune))
                || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format)
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                if (word.Length > 0)
                {
                    yield return Normalize(word);
                }

                continue;
            }

            if (IsPunctuation(rune) || IsCjk(value))
            {
                if (word.Length > 0)
                {
                    yield return Normalize(word);
                }

                word.Append(rune.ToString());
                yield return Normalize(word);
                continue;
            }

            word.Append(rune.ToString());
        }

        if (word.Length > 0)
        {
            yield return Normalize(word);
        }
    }

    private string Normalize(StringBuilder word)
    {
        var text = word.ToString();
        word.Clear();
        if (!_lowerCase)
        {
            return text;
        }

        // Uncased BERT lower-cases, then drops combining marks after canonical decomposition ("é" -> "e").
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    private static bool IsPunctuation(Rune rune)
    {
        var v = rune.Value;
        if (v is >= 33 and <= 47 or >= 58 and <= 64 or >= 91 and <= 96 or >= 123 and <= 126)
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
    }

    private static bool IsCjk(int v) =>
        v is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0x20000 and <= 0x2A6DF or >= 0x2A700 and <= 0x2B73F
            or >= 0x2B740 and <= 0x2B81F or >= 0x2B820 and <= 0x2CEAF or >= 0xF900 and <= 0xFAFF or >= 0x2F800 and <= 0x2FA1F;

    private static int Required(Dictionary<string, int> vocabulary, string token) =>
        vocabulary.TryGetValue(token, out var id)
            ? id
            : throw new InvalidDataException($"The vocabulary has no {token} token; it is not a BERT WordPiece vocabulary.");
}
