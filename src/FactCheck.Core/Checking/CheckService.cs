using FactCheck.Core.Claims;
using FactCheck.Core.Matching;
using FactCheck.Core.Matching.Embeddings;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Checking;

/// <summary>
/// The core of the bot: checks messages against the claims of the store, through an index rebuilt whenever the
/// claims change. Given an embedder and an embedding store, it also ranks by sentence embeddings (vectors stored,
/// so a restart does not run the model over every claim again).
/// </summary>
public sealed class CheckService(IClaimStore store, MatchingOptions options, ITextEmbedder? embedder = null, IEmbeddingStore? embeddings = null)
    : ICheckService, IDisposable
{
    private Matcher? matcher;

    /// <summary>The matcher in use; null until <see cref="ReloadAsync"/> has run.</summary>
    public Matcher? Matcher => Volatile.Read(ref matcher);

    /// <summary>Rebuilds the index from the store; checks in flight finish on the old one.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        var claims = await store.LoadAllAsync(cancellationToken);
        var dense = embedder is null || embeddings is null
            ? null
            : await DenseRetriever.BuildAsync(claims, embedder, embeddings, cancellationToken);
        Use(claims, dense);
    }

    /// <summary>Replaces the index with one over <paramref name="claims"/>, fused with <paramref name="dense"/> when given.</summary>
    public void Use(IReadOnlyList<Claim> claims, DenseRetriever? dense = null)
    {
        var fresh = new Matcher(ClaimIndex.Build(claims), options, dense);
        var old = Interlocked.Exchange(ref matcher, fresh);

        // A check may still be running on the old index; let the GC reclaim it rather than dispose under its feet.
        _ = old;
    }

    /// <summary>A lexical matcher over other texts with the same settings as the checker's (the tipline uses it to find
    /// an open tip that a new submission repeats). Dispose its index after use.</summary>
    public Matcher MatcherFor(IReadOnlyList<Claim> claims) => new(ClaimIndex.Build(claims), options);

    /// <inheritdoc/>
    public async Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        var current = Matcher;
        if (current is null)
        {
            await ReloadAsync(cancellationToken);
            current = Matcher!;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return Check(current, request);
    }

    private CheckReport Check(Matcher current, CheckRequest request)
    {
        var text = request.Text ?? string.Empty;
        var note = InputNote.None;
        if (text.Length > options.MaxCheckedCharacters)
        {
            text = text[..options.MaxCheckedCharacters];
            note = InputNote.Truncated;
        }

        var normalized = TextNormalizer.Normalize(text);
        var uiLanguage = UiLanguage(request.UiLanguage, normalized.Text);
        if (string.IsNullOrWhiteSpace(normalized.Text) && normalized.Urls.Count == 0 && (request.Urls?.Count ?? 0) == 0)
        {
            var empty = string.IsNullOrWhiteSpace(request.Text) ? InputNote.Empty : InputNote.NothingToCheck;
            return new CheckReport(uiLanguage, empty, [], [], 0);
        }

        if (!normalized.Text.Any(char.IsLetterOrDigit) && normalized.Urls.Count == 0 && (request.Urls?.Count ?? 0) == 0)
        {
            return new CheckReport(uiLanguage, InputNote.NothingToCheck, [], [], 0);
        }

        var result = current.Match(text, request.Urls);
        var matches = new List<ClaimMatch>();
        foreach (var m in result.Matches)
        {
            if (current.Decide(m) is { } decision)
            {
                matches.Add(new ClaimMatch(current.Index.Claims[m.ClaimIndex], decision, Math.Round(m.Confidence, 3), m.Passage.Original));
            }
        }

        var ordered = matches
            .OrderByDescending(m => m.Decision)
            .ThenByDescending(m => m.Score)
            .Take(options.MaxMatches)
            .ToList();
        return new CheckReport(uiLanguage, note, ordered, result.UnmatchedPassages, result.PassageCount);
    }

    private static string UiLanguage(string? requested, string normalizedText)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return requested.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? "id" : "en";
        }

        return LanguageGuesser.Guess(normalizedText) == "id" ? "id" : "en";
    }

    public void Dispose() => Matcher?.Index.Dispose();
}
