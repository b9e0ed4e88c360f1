using System.Globalization;
using FactCheck.Core.Import;

namespace FactCheck.Core.Feeds;

/// <summary>What one pass over one source did, counted as it goes; `feeds sync` prints it.</summary>
public sealed class FeedRunReport(string source, FeedKind kind)
{
    private const int MaxListed = 20;

    public string Source { get; } = source;

    public FeedKind Kind { get; } = kind;

    /// <summary>Lists, feeds, API pages and article pages read with a body.</summary>
    public int Fetched { get; set; }

    /// <summary>Requests answered 304: nothing changed since the last run.</summary>
    public int NotModified { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Records or pages that gave no claim, and why ("url: no rating tag ...").</summary>
    public List<string> Rejected { get; } = [];

    /// <summary>Pages robots.txt asks us not to read.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>Requests that failed (404, too large, network); the source's own failure is <see cref="SourceError"/>.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Articles not read this run because of Feeds:MaxArticlesPerRun; the next runs read them.</summary>
    public int Deferred { get; set; }

    /// <summary>Why the source as a whole could not be read this time (its list or API unreachable), else null.</summary>
    public string? SourceError { get; set; }

    /// <summary>The newest date read so far, as stored in the source's cursor.</summary>
    public string? Cursor { get; set; }

    /// <summary>Ids of the claims this pass added or changed, for the tip suggestions.</summary>
    public HashSet<string> ChangedClaimIds { get; } = new(StringComparer.Ordinal);

    /// <summary>Tips offered a claim of this pass.</summary>
    public List<FeedSuggestion> Suggestions { get; } = [];

    public void Count(FileImportResult stored, string where)
    {
        Added += stored.Added;
        Updated += stored.Updated;
        Unchanged += stored.Unchanged;
        Rejected.AddRange(stored.Rejections.Select(r => $"{where} {r.Position}: {r.Reason}"));
    }

    /// <summary>"name (Kind): 3 fetched, 1 not modified, 2 added, ..." then one indented line per rejection, skip and error.</summary>
    public IEnumerable<string> FormatLines()
    {
        yield return string.Create(
            CultureInfo.InvariantCulture,
            $"{Source} ({Kind}): {Fetched} fetched, {NotModified} not modified, {Added} added, {Updated} updated, {Unchanged} unchanged, {Rejected.Count} rejected, {Skipped.Count} skipped, {Errors.Count + (SourceError is null ? 0 : 1)} errors");
        if (SourceError is not null)
        {
            yield return $"  error: {SourceError}";
        }

        if (Deferred > 0)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  note: {Deferred} article(s) left for the next run (Feeds:MaxArticlesPerRun)");
        }

        foreach (var (label, lines) in new[] { ("error", Errors), ("skipped", Skipped), ("rejected", Rejected) })
        {
            foreach (var line in lines.Take(MaxListed))
            {
                yield return $"  {label}: {line}";
            }

            if (lines.Count > MaxListed)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"  ... and {lines.Count - MaxListed} more {label}");
            }
        }

        foreach (var s in Suggestions)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"  suggested: tip #{s.TipId} may be answered by claim {s.ClaimId} ({s.Confidence:0.00}); a reviewer attaches it with {s.AttachCommand}");
        }
    }
}
