using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>What the readers of one file collect: claims with their positions, rejections, and facts about the page.</summary>
/// <remarks>While a file streams, <see cref="Claims"/> is drained after every batch, so the counters, not the lists,
/// say how many records were read.</remarks>
internal sealed class ParseContext(ImportOptions? options = null)
{
    /// <summary>Rejections kept for the report; more are only counted, so that a file of broken lines stays small in memory.</summary>
    public const int MaxKeptRejections = 1000;

    public ImportOptions Options { get; } = options ?? ImportOptions.Default;

    /// <summary>The address of the page the data came from (an HTML capture's canonical link), to resolve relative URLs.</summary>
    public string? PageUrl { get; set; }

    /// <summary>The page's declared language (html lang), used when a record declares none.</summary>
    public string? PageLanguage { get; set; }

    public List<Claim> Claims { get; } = [];

    public List<ImportRejection> Rejections { get; } = [];

    /// <summary>Records read so far, claims and rejections (ClaimReview nodes are numbered by it).</summary>
    public long Records { get; private set; }

    public int Rejected { get; private set; }

    /// <summary>Rejected for having no rating: when every record is, the report says no rating was recognised.</summary>
    public int Unrated { get; private set; }

    public int Accepted { get; private set; }

    /// <summary>A whole-file remark shown at the top of the report (a rating column nobody recognised).</summary>
    public string? Warning { get; set; }

    /// <summary>The warning for the report: the reader's own, else, when every record was refused for having no
    /// rating, that no rating was recognised (a file whose rating key nobody knows reads as a success otherwise).</summary>
    public string? FinalWarning() => Warning ?? (Accepted == 0 && Unrated > 0
        ? $"no rating recognised in any record (looked for {RatingFields.Described}): every record is rejected as unrated"
        : null);

    public void Add(Claim claim)
    {
        Claims.Add(claim);
        Accepted++;
        Records++;
    }

    public void Reject(string position, string reason)
    {
        Rejected++;
        Records++;
        if (Rejections.Count < MaxKeptRejections)
        {
            Rejections.Add(new ImportRejection(position, reason));
        }
    }

    /// <summary>Whether the claim may be kept with these rating words; none, when a rating is required, rejects it.</summary>
    /// <param name="rating">The rating words found, or empty.</param>
    /// <param name="position">Where the record is.</param>
    /// <param name="reason">A more precise reason than <see cref="RatingFields.MissingReason"/>.</param>
    public bool AcceptsRating(string rating, string position, string? reason = null)
    {
        if (rating.Length > 0 || !Options.RequireRating)
        {
            return true;
        }

        Unrated++;
        Reject(position, reason ?? RatingFields.MissingReason);
        return false;
    }
}
