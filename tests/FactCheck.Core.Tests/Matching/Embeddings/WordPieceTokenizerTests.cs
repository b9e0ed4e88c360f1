using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class WordPieceTokenizerTests
{
    private static readonly string[] Vocabulary =
        ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "hello", ",", "world", "!", "un", "##aff", "##able", "cafe", "的", "中"];

    private static List<string> Tokens(string text, bool lowerCase = true, int maxTokens = 64) =>
        new WordPieceTokenizer(Vocabulary, lowerCase).Encode(text, maxTokens).Select(id => Vocabulary[id]).ToList();

    [Fact]
    public void Splits_on_punctuation_and_lower_cases()
    {
        Assert.Equal(["[CLS]", "hello", ",", "world", "!", "[SEP]"], Tokens("Hello,  WORLD!"));
    }

    [Fact]
    public void Spells_an_unknown_word_with_continuation_pieces()
    {
        Assert.Equal(["[CLS]", "un", "##aff", "##able", "[SEP]"], Tokens("unaffable"));
    }

    [Fact]
    public void Strips_accents_for_an_uncased_model_and_keeps_them_for_a_cased_one()
    {
        Assert.Equal(["[CLS]", "cafe", "[SEP]"], Tokens("Café"));
        Assert.Equal(["[CLS]", "[UNK]", "[SEP]"], Tokens("Café", lowerCase: false));
    }

    [Fact]
    public void A_word_that_cannot_be_spelled_becomes_one_unknown_token()
    {
        Assert.Equal(["[CLS]", "hello", "[UNK]", "[SEP]"], Tokens("hello unaffablex"));
    }

    [Fact]
    public void Cjk_characters_are_tokens_of_their_own_and_zero_width_characters_vanish()
    {
        Assert.Equal(["[CLS]", "中", "的", "hello", "[SEP]"], Tokens("中的hel\u200Blo"));
    }

    [Fact]
    public void Long_input_is_cut_to_the_token_budget_with_the_separator_kept()
    {
        var tokens = Tokens(string.Join(' ', Enumerable.Repeat("unaffable", 10)), maxTokens: 6);

        Assert.Equal(["[CLS]", "un", "##aff", "##able", "un", "[SEP]"], tokens);
    }
}
