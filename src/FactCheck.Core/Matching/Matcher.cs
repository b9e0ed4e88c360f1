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
        var matchedPassages = new HashSet<Passage>();
        var wholeRank = new Dictionary<int, int>();
        var passageRank = new Dictionary<int, int>();
        var denseOnly = new Dictionary<int, PassageMatch>();
        var cosine = new Dictionary<int, float>();
        var denseRank = new Dictionary<int, int>();
        var (cosineWeight, rrfWeight) = DenseWeights(text);
        var vectors = cosineWeight > 0 || rrfWeight > 0 ? EmbedPassages(passages) : new float[]?[passages.Count];
        for (var p = 0; p < passages.Count; p++)
        {
            var passage = passages[p];
            var candidates = index.Search(passage.Normalized, options.CandidatesPerPassage, out var termCount);
            var thin = termCount < options.MinTermsForReply;
            foreach (var c in candidates)
            {
                var ranks = passage.IsWholeMessage ? wholeRank : passageRank;
                ranks[c.ClaimIndex] = Math.Min(ranks.GetValueOrDefault(c.ClaimIndex, int.MaxValue), c.Rank);
            }

            foreach (var c in candidates)
            {
                Keep(best, new PassageMatch(c.ClaimIndex, c.Confidence, c.Confidence, passage, !thin));
                if (c.Confidence >= options.SuggestThreshold)
                {
                    matchedPassages.Add(passage);
                }
            }

            if (vectors[p] is { } vector)
            {
                DenseEvidence(vector, passage, candidates, !thin, cosine, denseRank, denseOnly);
            }
        }

        // A claim keeps the passage and confidence of its lexical evidence; one only the embedding found has
        // confidence 0, so it can move up the ranking but is never said to match (no reply, no suggestion).
        foreach (var (claim, match) in denseOnly)
        {
            best.TryAdd(claim, match);
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
                Keep(best, new PassageMatch(claim, options.UrlMatchConfidence, RankingScore: 1 + options.UrlMatchConfidence, passage, ReplyAllowed: true));
                matchedPassages.Add(passage);
            }
        }

        // Order: reciprocal-rank fusion of the whole message's BM25 ranking and the best passage's (on the CLEF dev split
        // 0.869 MAP@5, against 0.748 ordering by confidence and 0.861 by the whole message alone); URL matches first.
        double Rrf(Dictionary<int, int> ranks, int claim) => ranks.TryGetValue(claim, out var r) ? 1.0 / (10 + r) : 0;
        double Dense(int claim) => !DenseSpeaks(claim) ? 0 : (cosineWeight * cosine.GetValueOrDefault(claim)) + (rrfWeight * Rrf(denseRank, claim));
        var ranked = best.Values
            .Select(m => m with { RankingScore = m.RankingScore >= 1 ? m.RankingScore : Rrf(wholeRank, m.ClaimIndex) + Rrf(passageRank, m.ClaimIndex) + Dense(m.ClaimIndex) })
            .OrderByDescending(m => m.RankingScore)
            .ToList();
        return new MatchResult(ranked, Unmatched(text, matchedPassages), passages.Count);
    }

    /// <summary>The decision for a match at the configured thresholds, or null when it is too weak to mention.</summary>
    public Checking.MatchDecision? Decide(PassageMatch match) =>
        match.Confidence >= options.ReplyThreshold && match.ReplyAllowed ? Checking.MatchDecision.Reply
        : match.Confidence >= options.SuggestThreshold ? Checking.MatchDecision.Suggest
        : null;

    // Per claim: its best cosine over the embedded passages and its best rank among their nearest neighbours.
    private void DenseEvidence(
        float[] vector, Passage passage, IReadOnlyList<Candidate> lexical, bool replyAllowed,
        Dictionary<int, float> cosine, Dictionary<int, int> denseRank, Dictionary<int, PassageMatch> denseOnly)
    {
        var hits = dense!.Index.Search(vector, options.DenseCandidatesPerPassage);
        for (var rank = 0; rank < hits.Count; rank++)
        {
            var hit = hits[rank];
            cosine[hit.Owner] = Math.Max(cosine.GetValueOrDefault(hit.Owner, float.MinValue), hit.Score);
            denseRank[hit.Owner] = Math.Min(denseRank.GetValueOrDefault(hit.Owner, int.MaxValue), rank);
            denseOnly.TryAdd(hit.Owner, new PassageMatch(hit.Owner, 0, 0, passage, replyAllowed));
        }

        // Lexical candidates the embedding did not rank still get their similarity.
        foreach (var c in lexical)
        {
            if (dense.Index.Similarity(c.ClaimIndex, vector) is { } similarity)
            {
                cosine[c.ClaimIndex] = Math.Max(cosine.GetValueOrDefault(c.ClaimIndex, float.MinValue), similarity);
            }
        }
    }

    private float[]?[] EmbedPassages(IReadOnlyList<Passage> passages)
    {
        var vectors = new float[]?[passages.Count];
        if (dense is null || passages.Count == 0)
        {
            return vectors;
        }

        // A short message is embedded whole, once: on CLEF train its sentences add nothing (MAP@5 0.9079 against
        // 0.9081 with up to 8 passages) and cost a model run each. A long one is embedded sentence by sentence.
        var count = passages[0].IsWholeMessage ? 1 : Math.Min(passages.Count, options.MaxDensePassages);
        var texts = passages.Take(count).Select(p => dense.Embedder.QueryPrefix + p.Original).ToArray();
        Array.Copy(dense.Embedder.EmbedBatch(texts, CancellationToken.None), vectors, count);
        return vectors;
    }

    // A claim in a language the model was not trained on gets no dense evidence (on TurnBackHoax it only added noise).
    private bool DenseSpeaks(int claim) =>
        options.DenseClaimLanguages.Count == 0
        || options.DenseClaimLanguages.Contains(index.Claims[claim].Language.Split('-')[0], StringComparer.OrdinalIgnoreCase);

    // The bundled models are English-only: on an Indonesian message their similarities are weaker evidence.
    private (double Cosine, double Rrf) DenseWeights(string text)
    {
        if (dense is null)
        {
            return (0, 0);
        }

        var scale = LanguageGuesser.Guess(TextNormalizer.Normalize(text).Text) == "id" ? options.DenseScaleNonEnglish : 1;
        return (scale * options.DenseWeight, scale * options.DenseRrfWeight);
    }

    /// <summary>The sentences of the message that no matched passage (itself, a pair or a clause of it) covers.</summary>
    private static List<string> Unmatched(string text, HashSet<Passage> matched)
    {
        var sentences = Segmenter.Sentences(text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

        // A whole-message match covers a one-sentence message (it has no separate sentence passage), but not each
        // sentence of a longer one: those must match on their own to count as covered.
        var parts = matched.Where(p => !p.IsWholeMessage || sentences.Count == 1).Select(p => p.Original.Trim()).ToList();
        return sentences
            .Where(s => !parts.Any(p => p.Contains(s, StringComparison.Ordinal) || s.Contains(p, StringComparison.Ordinal)))
            .ToList();
    }

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
