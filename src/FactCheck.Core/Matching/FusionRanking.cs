namespace FactCheck.Core.Matching;

/// <summary>
/// The lexical score claims are ordered by: the reciprocal-rank fusion of the whole message's ranking and the best
/// passage's (as before), plus a weighted sum of what else the passages found for the claim (<see cref="FusionFeatures"/>):
/// how well the whole message and the best passage cover it, their BM25 ratios, words in a row, how many passages
/// found it, how many of its phrasings share words with the message. Weights fitted on the train splits (coordinate
/// ascent on MAP@5, from the plain fusion, summed over the TBH+CLEF pool unpadded and padded with 1,000,000 distractors
/// of seed 2); English on CLEF, Indonesian on TurnBackHoax. See bench/README.md, "A learned fusion".
/// Only where no embedding evidence is weighed (no model, or a message the model does not speak): the dense weights
/// were fitted against the plain fusion and were not refitted.
/// </summary>
internal static class FusionRanking
{
    /// <summary>Weights for a claim found in words of any language but Indonesian, in <see cref="FusionFeatures.Vector"/>'s order.</summary>
    public static IReadOnlyList<double> English { get; } =
        [0, 0, 0.0900, 0.0350, 0.0820, -0.0050, 0, 0, -0.0020, -0.0400, 0.0450, 0.0050, 0, 0, 0, -0.1150, -0.0700];

    /// <summary>Weights for a claim found in Indonesian words (a TurnBackHoax claim is one short title).</summary>
    public static IReadOnlyList<double> Indonesian { get; } =
        [0, 0, 0.0550, -0.0190, 0.0920, 0.1600, 0.0100, 0.0300, 0.0980, -0.0180, 0.0800, 0.1000, 0, -0.0200, 0.0180, -0.1420, -0.1300];

    /// <summary>The plain fusion plus the features weighed by the claim's language (English for any but Indonesian).</summary>
    public static double Score(FusionFeatures features, double[] vector) =>
        Score(features, vector, features.Indonesian ? Indonesian : English);

    /// <summary>The plain fusion plus the weighted features.</summary>
    public static double Score(FusionFeatures features, double[] vector, IReadOnlyList<double> weights)
    {
        var score = features.Rrf;
        for (var i = 0; i < vector.Length && i < weights.Count; i++)
        {
            score += weights[i] * vector[i];
        }

        return score;
    }
}
