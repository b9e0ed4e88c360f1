namespace FactCheck.Core.Tips;

/// <summary>Why a reviewer's verdict cannot be published; each interface words it in its own language.</summary>
public enum VerdictProblem
{
    /// <summary>The rating words are missing.</summary>
    NoRating,

    /// <summary>The URL is not an http or https link.</summary>
    NotWebUrl,

    /// <summary>The publisher is missing.</summary>
    NoPublisher,

    /// <summary>The summary is longer than <see cref="TipService.MaxSummaryLength"/>.</summary>
    SummaryTooLong,

    /// <summary>The tip is an image with no words the bot could read: the summary, required, says what it claims.</summary>
    ImageNeedsSummary,
}
