using FactCheck.Bot.Eval;

namespace FactCheck.Bot.Tests;

public sealed class ThresholdSweepTests
{
    [Fact]
    public void Counts_precision_recall_and_false_replies_at_each_threshold()
    {
        var sweep = new ThresholdSweep();
        sweep.Add(answerable: true, [(0.9, true, true), (0.5, true, false)]);
        sweep.Add(answerable: true, [(0.6, true, true)]);
        sweep.Add(answerable: false, [(0.7, true, false)]);

        var lines = sweep.ToText().Split('\n');

        // At 0.50 every match is replied: 2 right of 4, both answerable queries recalled, the unanswerable one replied.
        Assert.Contains(lines, l => l.Trim() == "0.50: precision 0.5000  recall 1.0000  false-reply rate 1.0000");

        // At 0.80 only the 0.9 match is replied.
        Assert.Contains(lines, l => l.Trim() == "0.80: precision 1.0000  recall 0.5000  false-reply rate 0.0000");
    }

    [Fact]
    public void A_match_on_a_passage_too_short_for_a_verdict_is_never_counted_as_a_reply()
    {
        var sweep = new ThresholdSweep();
        sweep.Add(answerable: true, [(0.99, false, true)]);

        Assert.Contains(sweep.ToText().Split('\n'), l => l.Trim() == "0.30: precision 0.0000  recall 0.0000  false-reply rate 0.0000");
    }
}
