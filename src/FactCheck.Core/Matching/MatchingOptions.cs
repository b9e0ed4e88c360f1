namespace FactCheck.Core.Matching;

/// <summary>The matcher's settings (configuration section "Matching").</summary>
public sealed class MatchingOptions
{
    /// <summary>
    /// Calibrated confidence (<see cref="DecisionModel"/>) from which a claim's verdict is shown as the answer. 0.80 is
    /// the lowest value at which both open-set dev splits keep reply precision at least 0.95 and false-reply rate at most 0.05,
    /// lexical and with embeddings (`eval ... --sweep`, see bench/README.md).
    /// </summary>
    public double ReplyThreshold { get; set; } = 0.80;

    /// <summary>Calibrated confidence from which a claim is shown as "possibly related" (0.45: about 85 % of such claims are right on the open-set dev splits, lexical).</summary>
    public double SuggestThreshold { get; set; } = 0.45;

    /// <summary>Lexical coverage from which a passage counts as covered by a claim that is mentioned (it is then not listed as unmatched).</summary>
    public double PassageCoverage { get; set; } = 0.40;

    /// <summary>A passage with fewer analysed terms is never answered with a verdict on its own, only suggested.</summary>
    public int MinTermsForReply { get; set; } = 4;

    /// <summary>Only the first this many characters of a message are checked; the reply says so.</summary>
    public int MaxCheckedCharacters { get; set; } = 20_000;

    /// <summary>At most this many passages are searched per message.</summary>
    public int MaxPassages { get; set; } = 200;

    /// <summary>Threads a long message's passages are searched on (4 passages or more; at most the machine's cores):
    /// 2 halves the wait for a long message on an idle 2-core machine, not its CPU; 1 searches them one after another.</summary>
    public int PassageSearchThreads { get; set; } = 2;

    /// <summary>Candidates retrieved per passage.</summary>
    public int CandidatesPerPassage { get; set; } = 20;

    /// <summary>At most this many claims are reported per message.</summary>
    public int MaxMatches { get; set; } = 25;

    /// <summary>Confidence given to a claim found by a URL where it is known to have appeared.</summary>
    public double UrlMatchConfidence { get; set; } = 0.9;

    /// <summary>Weight, in the fused ranking, of a claim's best cosine similarity to an embedded passage (fitted on CLEF train).</summary>
    public double DenseWeight { get; set; } = 1.0;

    /// <summary>Weight of the claim's reciprocal rank among the passages' nearest neighbours (fitted on CLEF train).</summary>
    public double DenseRrfWeight { get; set; } = 2.0;

    /// <summary>
    /// Both dense weights are multiplied by this for a message guessed Indonesian. 0 (no embedding at all) while the
    /// model is English-only: on TurnBackHoax train MiniLM alone reaches MAP@5 0.54 against 0.79 for BM25. Raise it
    /// for a multilingual model loaded from a folder.
    /// </summary>
    public double DenseScaleNonEnglish { get; set; }

    /// <summary>At most this many passages of a long message are embedded (a short one is embedded whole, once).</summary>
    public int MaxDensePassages { get; set; } = 8;

    /// <summary>
    /// Whether the dense half of a check (the model run on the message, then the graph search) runs on another core
    /// beside the lexical search instead of before it (on a one-core host it never does). The result is the same.
    /// </summary>
    public bool DenseBesideLexical { get; set; } = true;

    /// <summary>Claims retrieved by embedding per passage.</summary>
    public int DenseCandidatesPerPassage { get; set; } = 20;

    /// <summary>Languages of the claims the embedding model can judge (the bundled ones: English); empty for a multilingual model.
    /// A claim is in one of them when its text was indexed in that language's field (English or Indonesian: "en-GB" and
    /// "eng" count as English); for a language without a field of its own, its declared language is compared.</summary>
    public IReadOnlyList<string> DenseClaimLanguages { get; set; } = ["en"];
}
