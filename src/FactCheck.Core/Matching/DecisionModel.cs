namespace FactCheck.Core.Matching;

/// <summary>
/// Logistic regression from a match's evidence to a calibrated probability that the message states the claim; the
/// Reply and Suggest thresholds apply to that probability. One coefficient set for English messages, one for English
/// messages with embedding evidence, one for Indonesian messages. Each array is the intercept, then one weight per
/// <see cref="Features"/> value.
/// </summary>
public sealed record DecisionModel(IReadOnlyList<double> English, IReadOnlyList<double> EnglishDense, IReadOnlyList<double> Indonesian)
{
    /// <summary>Number of features without embedding evidence.</summary>
    public const int LexicalFeatureCount = 8;

    /// <summary>Number of features with embedding evidence.</summary>
    public const int DenseFeatureCount = 10;

    /// <summary>
    /// Fitted on the train splits only, made open-set (the gold claims of a random quarter of the queries removed from
    /// the pool, seed 3), on the top 10 claims of each query that share a word with it. English and Indonesian:
    /// `dotnet run -c Release --project bench/FactCheck.Benchmarks -- calibrate --data ../shared/bench/clef2022-2a-en,../shared/bench/turnbackhoax-id`;
    /// EnglishDense: `... calibrate --data ../shared/bench/clef2022-2a-en --model arctic-xs --cache /tmp/emb-clef-int8.db` (the model
    /// quantized to int8, as it runs by default).
    /// </summary>
    public static DecisionModel Default { get; } = new(
        English: [-7.2340, 2.6568, 1.6372, 0.7165, 0.3197, 0.6864, 0.6237, 1.4071, 2.7453],
        EnglishDense: [-6.5894, 1.8625, 1.5152, 1.1634, 0.4225, 0.4488, 0.2373, 0.7150, 2.4825, 1.1825, 1.2628],
        Indonesian: [-5.2991, 2.9495, 1.8165, 0.7977, 0.5631, 0.1313, -0.2908, 0.4338, 1.9316]);

    /// <summary>The model's inputs, in coefficient order; the two embedding features only when <paramref name="dense"/>.</summary>
    public static double[] Features(MatchEvidence evidence, bool dense)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        double[] lexical =
        [
            evidence.Coverage,
            evidence.CoverageMargin,
            1.0 / (1 + evidence.PassageRank),
            evidence.Bm25Ratio,
            Math.Log(1 + evidence.TermCount),

            // The fused RRF score is at most 2/10; scaled to 0..1, like the margin of the whole fused score.
            5 * evidence.LexicalFusion,
            1.0 / (1 + evidence.Rank),
            5 * evidence.RankingMargin,
        ];
        return dense ? [.. lexical, evidence.Cosine ?? 0, evidence.CosineMargin] : lexical;
    }

    /// <summary>Whether the embedding coefficients apply to this evidence.</summary>
    public static bool UsesDense(MatchEvidence evidence) => evidence is { Cosine: not null, Indonesian: false };

    /// <summary>The calibrated probability for <paramref name="evidence"/>.</summary>
    public double Probability(MatchEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var dense = UsesDense(evidence);
        var weights = evidence.Indonesian ? Indonesian : dense ? EnglishDense : English;
        var x = Features(evidence, dense && !evidence.Indonesian);
        var z = weights[0];
        for (var i = 0; i < x.Length && i + 1 < weights.Count; i++)
        {
            z += weights[i + 1] * x[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
