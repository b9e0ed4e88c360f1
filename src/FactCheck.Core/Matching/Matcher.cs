using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Matching;

/// <summary>
/// Finds the claims of an index that a message carries: segments it, retrieves per passage (BM25, and sentence
/// embeddings when a dense retriever is given), keeps each claim's best passage.
/// </summary>
public sealed class Matcher(ClaimIndex index, MatchingOptions options, DenseRetriever? dense = null)
{
    /// <summary>The index searched.</summary>
    public ClaimIndex Index => index;

    /// <summary>Every claim found for the message, best first, with the passages that matched nothing.</summary>
    public MatchResult Match(string text, IReadOnlyList<string>? extraUrls = null)
    {
        var passages = Segmenter.Split(text, options.MaxPassages);
        var best = new Dictionary<int, PassageMatch>();
        var denseOnly = new Dictionary<int, PassageMatch>();
        var matchedPassages = new HashSet<Passage>();
        var vectors = EmbedPassages(passages);
        var denseWeight = DenseWeightFor(text);
        for (var p = 0; p < passages.Count; p++)
        {
            var passage = passages[p];
            var vector = vectors[p];
            var thin = index.TermCount(passage.Normalized) < options.MinTermsForReply;
            var lexical = index.Search(passage.Normalized, options.CandidatesPerPassage);
            var topBm25 = lexical.Count > 0 ? lexical.Max(c => c.Bm25) : 0;
            foreach (var c in lexical)
            {
                // The fused rank decides the order for ranking measures; the lexical confidence decides what is said.
                var cosine = vector is null ? 0 : dense!.Index.Similarity(c.ClaimIndex, vector) ?? 0;
                var bm25 = topBm25 > 0 ? options.Bm25Weight * c.Bm25 / topBm25 : 0;
                var ranking = c.Confidence + bm25 + (denseWeight * cosine) + (passage.IsWholeMessage ? 1e-3 / (1 + c.Rank) : 0);
                Keep(best, new PassageMatch(c.ClaimIndex, c.Confidence, ranking, passage, !thin));
                if (c.Confidence >= options.SuggestThreshold)
                {
                    matchedPassages.Add(passage);
                }
            }

            if (vector is not null)
            {
                KeepDenseOnly(denseOnly, passage, vector, lexical, denseWeight, !thin);
            }
        }

        // A claim keeps the passage and confidence of its lexical evidence; the embedding can only raise its rank.
        foreach (var (claim, match) in denseOnly)
        {
            best[claim] = best.TryGetValue(claim, out var lexicalMatch)
                ? lexicalMatch with { RankingScore = Math.Max(lexicalMatch.RankingScore, match.RankingScore) }
                : match;
        }

        var urls = TextNormalizer.Normalize(text).Urls
            .Concat((extraUrls ?? []).Select(UrlCanonicalizer.Canonicalize).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var url in urls)
        {
            foreach (var claim in index.ClaimsAt([url]))
            {
                var passage = new Passage(url, url, IsWholeMessage: false);
                Keep(best, new PassageMatch(claim, options.UrlMatchConfidence, options.UrlMatchConfidence, passage, ReplyAllowed: true));
                matchedPassages.Add(passage);
            }
        }

        var ranked = best.Values.OrderByDescending(m => m.RankingScore).ToList();
        var unmatched = passages.Where(p => !p.IsWholeMessage && !matchedPassages.Contains(p)).Select(p => p.Original).ToList();
        if (passages.Count == 1 && passages[0].IsWholeMessage && !matchedPassages.Contains(passages[0]))
        {
            unmatched.Add(passages[0].Original);
        }

        return new MatchResult(ranked, unmatched, passages.Count);
    }

    /// <summary>The decision for a match at the configured thresholds, or null when it is too weak to mention.</summary>
    public Checking.MatchDecision? Decide(PassageMatch match) =>
        match.Confidence >= options.ReplyThreshold && match.ReplyAllowed ? Checking.MatchDecision.Reply
        : match.Confidence >= options.SuggestThreshold ? Checking.MatchDecision.Suggest
        : null;

    // Claims only the embedding found rank by similarity alone; with no lexical support they stay below every
    // decision threshold (confidence 0) until a calibrated dense confidence exists.
    private void KeepDenseOnly(Dictionary<int, PassageMatch> denseOnly, Passage passage, float[] vector, IReadOnlyList<Candidate> lexical, double weight, bool replyAllowed)
    {
        var hits = dense!.Index.Search(vector, options.DenseCandidatesPerPassage);
        for (var rank = 0; rank < hits.Count; rank++)
        {
            var hit = hits[rank];
            if (lexical.Any(c => c.ClaimIndex == hit.Owner))
            {
                continue;
            }

            var ranking = (weight * hit.Score) + (passage.IsWholeMessage ? 1e-3 / (1 + rank) : 0);
            Keep(denseOnly, new PassageMatch(hit.Owner, 0, ranking, passage, replyAllowed));
        }
    }

    private float[]?[] EmbedPassages(IReadOnlyList<Passage> passages)
    {
        var vectors = new float[]?[passages.Count];
        if (dense is null || passages.Count == 0)
        {
            return vectors;
        }

        var count = Math.Min(passages.Count, options.MaxDensePassages);
        var embedded = dense.Embedder.EmbedBatch(passages.Take(count).Select(p => dense.Embedder.QueryPrefix + p.Original).ToArray(), CancellationToken.None);
        Array.Copy(embedded, vectors, count);
        return vectors;
    }

    // The bundled models are English-only: on Indonesian their similarities are weak evidence.
    private double DenseWeightFor(string text) =>
        dense is null ? 0
        : LanguageGuesser.Guess(TextNormalizer.Normalize(text).Text) == "id" ? options.DenseWeightNonEnglish
        : options.DenseWeight;

    private static void Keep(Dictionary<int, PassageMatch> best, PassageMatch candidate)
    {
        if (!best.TryGetValue(candidate.ClaimIndex, out var current) || IsBetter(candidate, current))
        {
            best[candidate.ClaimIndex] = candidate;
        }
    }

    private static bool IsBetter(PassageMatch a, PassageMatch b) =>
        a.ReplyAllowed != b.ReplyAllowed && Math.Abs(a.Confidence - b.Confidence) < 0.05
            ? a.ReplyAllowed
            : a.RankingScore > b.RankingScore;
}
