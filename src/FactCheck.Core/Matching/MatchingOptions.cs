namespace FactCheck.Core.Matching;

/// <summary>The matcher's settings (configuration section "Matching").</summary>
public sealed class MatchingOptions
{
    /// <summary>Confidence from which a claim's verdict is shown as the answer (0.72: precision 0.91 on CLEF train, 0.85 on TurnBackHoax train).</summary>
    public double ReplyThreshold { get; set; } = 0.72;

    /// <summary>Confidence from which a claim is shown as "possibly related".</summary>
    public double SuggestThreshold { get; set; } = 0.40;

    /// <summary>A passage with fewer analysed terms is never answered with a verdict on its own, only suggested.</summary>
    public int MinTermsForReply { get; set; } = 4;

    /// <summary>Only the first this many characters of a message are checked; the reply says so.</summary>
    public int MaxCheckedCharacters { get; set; } = 20_000;

    /// <summary>At most this many passages are searched per message.</summary>
    public int MaxPassages { get; set; } = 200;

    /// <summary>Candidates retrieved per passage.</summary>
    public int CandidatesPerPassage { get; set; } = 20;

    /// <summary>At most this many claims are reported per message.</summary>
    public int MaxMatches { get; set; } = 25;

    /// <summary>Confidence given to a claim found by a URL where it is known to have appeared.</summary>
    public double UrlMatchConfidence { get; set; } = 0.9;
}
