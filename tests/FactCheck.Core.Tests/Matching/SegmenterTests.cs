using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

public sealed class SegmenterTests
{
    [Fact]
    public void Splits_sentences_and_lines_and_keeps_a_short_message_whole()
    {
        var passages = Segmenter.Split("Vaksin mengandung chip pelacak dari Bill Gates. Air kelapa menyembuhkan covid dalam sehari!\nSebarkan ke semua grup.", 50);
        Assert.True(passages[0].IsWholeMessage);
        Assert.Contains(passages, p => p.Original == "Vaksin mengandung chip pelacak dari Bill Gates.");
        Assert.Contains(passages, p => p.Original == "Air kelapa menyembuhkan covid dalam sehari!");
    }

    [Fact]
    public void Joins_a_too_short_sentence_to_its_neighbour()
    {
        var sentences = Segmenter.Sentences("HOAKS! Vaksin mengandung chip pelacak dari Bill Gates.");
        Assert.Equal(["HOAKS! Vaksin mengandung chip pelacak dari Bill Gates."], sentences);
    }

    [Fact]
    public void Cuts_a_run_on_text_into_overlapping_windows()
    {
        var text = string.Join(' ', Enumerable.Range(0, 200).Select(i => "kata" + i));
        var sentences = Segmenter.Sentences(text);
        Assert.True(sentences.Count >= 6);
        Assert.All(sentences, s => Assert.True(Segmenter.CountWords(s) <= Segmenter.MaxWords));
    }

    [Fact]
    public void Never_returns_more_passages_than_asked()
    {
        var text = string.Join(". ", Enumerable.Range(0, 500).Select(i => $"Kalimat nomor {i} berbicara tentang hal lain"));
        Assert.Equal(30, Segmenter.Split(text, 30).Count);
    }
}
