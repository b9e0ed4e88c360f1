using FactCheck.Core.Matching.Embeddings;

namespace FactCheck.Core.Matching;

/// <summary>
/// Finds the claims of an index that a message carries: segments it, retrieves per passage (BM25, and sentence
/// embeddings when a dense retriever is given), keeps each claim's best passage and gives it a calibrated confidence.
/// </summary>
public sealed class Matcher(ClaimIndex index, MatchingOptions options, DenseRetriever? dense = null, DecisionModel? model = null)
{
    private readonly DecisionModel decisionModel = model ?? DecisionModel.Default;
    private readonly HashSet<int>? denseFields = DenseFields(options.DenseClaimLanguages);

    /// <summary>Given each scored claim's fusion features, when set (to fit <see cref="FusionRanking"/>'s weights).</summary>
    internal Action<int, double[]>? FeatureSink { get; set; }

    /// <summary>The index searched.</summary>
    public ClaimIndex Index => index;

    /// <summary>Every claim found for the message, best first, with the passages that matched nothing.</summary>
    public MatchResult Match(string text, IReadOnlyList<string>? extraUrls = null, CancellationToken cancellationToken = default)
    {
        var passages = Segmenter.Split(text, options.MaxPassages);
        var whole = TextNormalizer.Normalize(text);
        var messageLanguage = LanguageGuesser.Guess(whole.Text);
        var indonesian = messageLanguage == "id";
        var best = new Dictionary<int, PassageMatch>();
        var found = new Dictionary<int, FusionFeatures>();
        var covered = new Dictionary<Passage, List<int>>();
        var (cosineWeight, rrfWeight) = DenseWeights(messageLanguage);
        var denseEvidence = new DenseEvidence();
        var (searches, vectors, denseHits) = DensePassageSearch.Run(
            cosineWeight > 0 || rrfWeight > 0 ? dense : null,
            passages,
            options,
            options.DenseBesideLexical && Environment.ProcessorCount > 1,
            () => PassageSearch.Run(index, options, passages, messageLanguage, cancellationToken),
            cancellationToken);

        for (var p = 0; p < passages.Count; p++)
        {
            var passage = passages[p];
            var (candidates, termCount) = searches[p];
            var (top, first, second) = MatchRivals.TopTwoCoverages(candidates);
            var bestBm25 = candidates.Count == 0 ? 0 : candidates.Max(c => c.Bm25);
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                (found.TryGetValue(c.ClaimIndex, out var features) ? features : found[c.ClaimIndex] = new FusionFeatures())
                    .Add(c, bestBm25 > 0 ? c.Bm25 / bestBm25 : 0, passage.IsWholeMessage);
                var evidence = new MatchEvidence(
                    c.Coverage,
                    c.Coverage - (i == top ? second : first),
                    c.Rank,
                    bestBm25 > 0 ? c.Bm25 / bestBm25 : 0,
                    termCount,
                    indonesian);
                Keep(best, new PassageMatch(c.ClaimIndex, c.Coverage, c.Coverage, passage, termCount >= options.MinTermsForReply, evidence));
                if (c.Coverage >= options.PassageCoverage)
                {
                    (covered.TryGetValue(passage, out var list) ? list : covered[passage] = []).Add(c.ClaimIndex);
                }
            }

            if (vectors[p] is { } vector)
            {
                var nearest = denseEvidence.Add(dense!.Index, denseHits[p]!, vector, candidates);
                // A vector may already belong to a claim this state of the index does not hold yet (or any more).
                foreach (var claim in nearest.Where(c => !best.ContainsKey(c) && index.Contains(c)))
                {
                    // Only the embedding found it: no lexical evidence in this passage.
                    var evidence = new MatchEvidence(0, -first, options.CandidatesPerPassage, 0, termCount, indonesian);
                    best[claim] = new PassageMatch(claim, 0, 0, passage, termCount >= options.MinTermsForReply, evidence);
                }
            }
        }

        // Order: reciprocal-rank fusion of the whole message's BM25 ranking and the best passage's (on the CLEF dev split
        // 0.869 MAP@5, against 0.748 ordering by coverage and 0.861 by the whole message alone), plus the learned weights
        // of the other evidence (FusionRanking; the decision model's LexicalFusion stays the plain fusion), or the dense
        // evidence.
        var searchedPassages = passages.Count(p => !p.IsWholeMessage);
        // Not where embeddings speak: the dense weights were fitted against the plain fusion.
        var learned = cosineWeight <= 0 && rrfWeight <= 0;
        var scored = new List<PassageMatch>(best.Count);
        foreach (var m in best.Values)
        {
            var features = found.GetValueOrDefault(m.ClaimIndex);
            var fusion = features?.Rrf ?? 0;
            var ranking = fusion;
            if (features is not null && (learned || FeatureSink is not null))
            {
                var vector = features.Vector(searchedPassages);
                FeatureSink?.Invoke(m.ClaimIndex, vector);
                ranking = learned ? FusionRanking.Score(features, vector) : fusion;
            }

            // The cosine first: DenseSpeaks reads the claim's stored document, which lexical matching never needs (at
            // 1,000,000 claims reading it for every scored claim cost 3 % of a check, and the garbage it left; at 200,000
            // claims with embeddings, reading it for the claims with no cosine cost 2 ms a check on average and up to
            // 13 ms on the longest messages).
            var cosine = cosineWeight > 0 || rrfWeight > 0 ? denseEvidence.Cosine(m.ClaimIndex) : null;
            if (cosine is not null && !DenseSpeaks(m.ClaimIndex))
            {
                cosine = null;
            }

            var denseScore = cosine is null ? 0 : (cosineWeight * cosine.Value.Best) + (rrfWeight * denseEvidence.Rrf(m.ClaimIndex));
            var evidence = m.Evidence! with { LexicalFusion = fusion, Cosine = cosine?.Best, CosineMargin = cosine?.Margin ?? 0 };
            scored.Add(m with { RankingScore = ranking + denseScore, Evidence = evidence });
        }

        // Rank and margin among the claims whose best passages overlap: in a message that carries several claims, each
        // in its own sentence, a claim competes with the claims found in the same words, not with the others.
        scored = [.. scored.OrderByDescending(m => m.RankingScore)];
        for (var i = 0; i < scored.Count; i++)
        {
            var (r, other) = MatchRivals.Rivals(scored, i);
            var evidence = scored[i].Evidence! with { Rank = r, RankingMargin = scored[i].RankingScore - other };

            // A claim no passage shares a word with (found by the embedding alone) is never said to match: the bundled
            // models are small and English-only, and on a small pool any nearest neighbour would look confident.
            var confidence = evidence.Coverage > 0 ? decisionModel.Probability(evidence) : 0;
            scored[i] = scored[i] with { Confidence = confidence, Evidence = evidence };
        }

        var mentioned = scored.Where(m => Decide(m) is not null).Select(m => m.ClaimIndex).ToHashSet();
        var matchedPassages = covered.Where(kv => kv.Value.Exists(mentioned.Contains)).Select(kv => kv.Key).ToHashSet();
        AddUrlMatches(whole.Urls, extraUrls, scored, matchedPassages);
        var ranked = scored.OrderByDescending(m => m.RankingScore).ToList();
        return new MatchResult(ranked, Unmatched(text, matchedPassages), passages.Count);
    }

    /// <summary>The decision for a match at the configured thresholds, or null when it is too weak to mention.</summary>
    public Checking.MatchDecision? Decide(PassageMatch match) =>
        match.Confidence >= options.ReplyThreshold && match.ReplyAllowed ? Checking.MatchDecision.Reply
        : match.Confidence >= options.SuggestThreshold ? Checking.MatchDecision.Suggest
        : null;

    // URL matches come first in the ranking, with a fixed confidence: the claim is known to have circulated there.
    private void AddUrlMatches(IReadOnlyList<string> textUrls, IReadOnlyList<string>? extraUrls, List<PassageMatch> scored, HashSet<Passage> matchedPassages)
    {
        var urls = textUrls
            .Concat((extraUrls ?? []).Select(UrlCanonicalizer.Canonicalize).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var url in urls)
        {
            foreach (var claim in index.ClaimsAt([url]))
            {
                var passage = new Passage(url, url, IsWholeMessage: false);
                scored.RemoveAll(m => m.ClaimIndex == claim);
                scored.Add(new PassageMatch(claim, options.UrlMatchConfidence, RankingScore: 10 + options.UrlMatchConfidence, passage, ReplyAllowed: true));
                matchedPassages.Add(passage);
            }
        }
    }

    // A claim in a language the model was not trained on gets no dense evidence (on TurnBackHoax it only added noise).
    // Where each of the model's languages has an analysed field of its own (English, Indonesian), the claim's language is
    // the field its text was indexed in, read from its analysed terms; reading its stored document instead was most of
    // the serial work after the two halves joined (about 37 claims a check at 200,000 claims, 50-130 µs each).
    private bool DenseSpeaks(int claim)
    {
        if (options.DenseClaimLanguages.Count == 0)
        {
            return true;
        }

        var field = denseFields is null ? -1 : index.FieldOf(claim);
        return field >= 0
            ? denseFields!.Contains(field)
            : options.DenseClaimLanguages.Contains(index.Claims[claim].Language.Split('-')[0], StringComparer.OrdinalIgnoreCase);
    }

    // The fields of the model's languages, or null when one of them shares the field of every other language.
    private static HashSet<int>? DenseFields(IReadOnlyList<string> languages)
    {
        var fields = languages.Select(l => LanguageAnalyzers.FieldFor(l)).ToList();
        return fields.Contains(LanguageAnalyzers.Other) ? null : [.. fields.Select(f => Array.IndexOf(LanguageAnalyzers.Fields, f))];
    }

    // The bundled models are English-only: on a message in another language (or none recognised) their similarities are
    // weaker evidence. Worse, only claims of the model's languages get a dense score, so in a store that also holds
    // Indonesian claims an Indonesian message not guessed Indonesian put every English claim above them (TurnBackHoax
    // dev over the TBH + CLEF pool: MAP@5 0.7546 against 0.7612 over its own pool).
    private (double Cosine, double Rrf) DenseWeights(string messageLanguage)
    {
        if (dense is null)
        {
            return (0, 0);
        }

        var spoken = options.DenseClaimLanguages.Count == 0 || options.DenseClaimLanguages.Contains(messageLanguage, StringComparer.OrdinalIgnoreCase);
        var scale = spoken ? 1 : options.DenseScaleNonEnglish;
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

    // A claim keeps the passage that covers it best; between two nearly as good, the one long enough for a verdict.
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
