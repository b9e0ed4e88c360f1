using FactCheck.Core.Claims;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace FactCheck.Core.Matching;

/// <summary>One searchable state of the claim index: BM25 per language field, the terms of every phrasing, and known
/// URLs. Claims are addressed by slot, a number that stays the same while the claim is updated.</summary>
/// <remarks>Reference-counted, like Lucene's SearcherManager: the owner holds one reference, each check acquires one
/// while it runs; when the index moves on and the last check finishes, the reader underneath is released.</remarks>
public sealed class ClaimIndex : IDisposable
{
    private readonly IndexSearcher searcher;
    private readonly LanguageAnalyzers analyzers;
    private readonly Action? onLastRelease;
    private readonly HashSet<string>[] frameTerms;
    private readonly int documentCount;
    private readonly ClaimLookup lookup;
    private readonly TermStatistics stats;
    private int references = 1;

    internal ClaimIndex(IndexSearcher searcher, LanguageAnalyzers analyzers, IReadOnlyList<Claim>? claims, Action? onLastRelease)
    {
        this.searcher = searcher;
        this.analyzers = analyzers;
        this.onLastRelease = onLastRelease;
        searcher.Similarity = new BM25Similarity(1.2f, 0.75f);
        documentCount = searcher.IndexReader.NumDocs;
        frameTerms = LanguageAnalyzers.Fields.Select(f => analyzers.Terms(f, ReportingFrame.Words).ToHashSet(StringComparer.Ordinal)).ToArray();
        lookup = new ClaimLookup(searcher, claims);
        stats = new TermStatistics(searcher.IndexReader, documentCount);
    }

    /// <summary>The indexed claims by slot; a candidate's ClaimIndex is a slot. Count is the number of claims.</summary>
    public IReadOnlyList<Claim> Claims => lookup;

    /// <summary>Builds an index over a fixed list for one run (evaluation, tests, the tipline's duplicate check); slots are positions.</summary>
    public static ClaimIndex Build(IReadOnlyList<Claim> claims) => LiveClaimIndex.Over(claims);

    /// <summary>Whether a claim holds this slot in this state of the index.</summary>
    public bool Contains(int slot) => lookup.Contains(slot);

    /// <summary>Every claim with its slot (reads every stored document: for building the claim vectors at start).</summary>
    internal IEnumerable<(int Slot, Claim Claim)> All()
    {
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        var slotOfDoc = SlotsOfDocs();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                var slot = (int)slotOfDoc.Get(doc);
                yield return (slot, Claims is ClaimLookup { } l && !l.IsList ? ClaimDocuments.ClaimOf(searcher.Doc(doc)) : Claims[slot]);
            }
        }
    }

    /// <summary>Takes a reference for a check; false when this state was already released (take the newer one).</summary>
    public bool TryAcquire()
    {
        var current = Volatile.Read(ref references);
        while (current > 0)
        {
            var seen = Interlocked.CompareExchange(ref references, current + 1, current);
            if (seen == current)
            {
                return true;
            }

            current = seen;
        }

        return false;
    }

    /// <summary>Gives a reference back; the last one releases the reader.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref references) == 0)
        {
            onLastRelease?.Invoke();
        }
    }

    public void Dispose() => Release();

    /// <summary>Claims whose known appearances or reviews include one of the canonical URLs.</summary>
    public IReadOnlyList<int> ClaimsAt(IEnumerable<string> canonicalUrls)
    {
        var found = new List<int>();
        var slotOfDoc = SlotsOfDocs();
        foreach (var url in canonicalUrls.Distinct(StringComparer.Ordinal))
        {
            foreach (var hit in searcher.Search(new TermQuery(new Term(ClaimDocuments.UrlField, url)), 100).ScoreDocs)
            {
                var slot = (int)slotOfDoc.Get(hit.Doc);
                if (!found.Contains(slot))
                {
                    found.Add(slot);
                }
            }
        }

        return found;
    }

    /// <summary>The top <paramref name="count"/> claims for a normalised passage, each with its lexical coverage.</summary>
    /// <param name="normalizedPassage">The passage, normalised.</param>
    /// <param name="count">How many claims to return at most.</param>
    /// <param name="termCount">Analysed terms of the passage in its richest field (very short passages never get a confident reply).</param>
    public IReadOnlyList<Candidate> Search(string normalizedPassage, int count, out int termCount)
    {
        var (query, passageTerms) = BuildQuery(normalizedPassage, stats);
        termCount = passageTerms.Max(t => t.Count);
        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var hits = searcher.Search(query, count).ScoreDocs;
        var slotOfDoc = SlotsOfDocs();
        var termsOfDoc = MultiDocValues.GetBinaryValues(searcher.IndexReader, ClaimDocuments.TermsField) ?? DocValues.EMPTY_BINARY;
        var result = new List<Candidate>(hits.Length);
        for (var rank = 0; rank < hits.Length; rank++)
        {
            var slot = (int)slotOfDoc.Get(hits[rank].Doc);
            lookup.Saw(slot, hits[rank].Doc);
            var phrasings = lookup.PhrasingsOf(slot, hits[rank].Doc, termsOfDoc);
            result.Add(new Candidate(slot, rank, hits[rank].Score, Coverage(phrasings, passageTerms, stats)));
        }

        return result;
    }

    // Doc values readers are not to be shared between threads (a check runs on its own): one per call.
    private NumericDocValues SlotsOfDocs() =>
        MultiDocValues.GetNumericValues(searcher.IndexReader, ClaimDocuments.SlotField) ?? DocValues.EMPTY_NUMERIC;

    /// <summary>The query of a passage: every analysed term some claim uses, per language field, and the passage's terms per field.</summary>
    private (BooleanQuery Query, HashSet<string>[] PassageTerms) BuildQuery(string normalizedPassage, TermStatistics stats)
    {
        var passageTerms = new HashSet<string>[LanguageAnalyzers.Fields.Length];
        var query = new BooleanQuery();
        for (var f = 0; f < passageTerms.Length; f++)
        {
            var field = LanguageAnalyzers.Fields[f];
            var terms = analyzers.Terms(field, normalizedPassage);
            passageTerms[f] = terms.ToHashSet(StringComparer.Ordinal);

            // A word the passage repeats is what it is about: boosted by 1 + ln(count). MAP@5 on TurnBackHoax train
            // 0.7859 -> 0.7902 (dev 0.7602 -> 0.7605), CLEF train 0.8385 -> 0.8389 (dev 0.8681 -> 0.8705).
            foreach (var (term, repeats) in terms.CountBy(t => t, StringComparer.Ordinal))
            {
                if (stats.DocumentFrequency(f, term) > 0)
                {
                    query.Add(new TermQuery(new Term(field, term)) { Boost = 1f + MathF.Log(repeats) }, Occur.SHOULD);
                }
            }
        }

        return (query, passageTerms);
    }

    /// <summary>How much of the claim the passage says, and how much of the passage is the claim, weighted by rarity; best phrasing wins.</summary>
    private double Coverage(IReadOnlyList<PhrasingTerms> phrasings, HashSet<string>[] passageTerms, TermStatistics stats)
    {
        var best = 0.0;
        foreach (var phrasing in phrasings)
        {
            var f = phrasing.FieldIndex;
            double shared = 0, claimWeight = 0, passageWeight = 0;
            foreach (var t in phrasing.Terms)
            {
                var w = stats.Idf(f, t);
                claimWeight += w;
                if (passageTerms[f].Contains(t))
                {
                    shared += w;
                }
            }

            double sharedFrame = 0;
            foreach (var t in passageTerms[f])
            {
                if (frameTerms[f].Contains(t))
                {
                    // How a message reports a claim ("said", "according to", "dilansir", a weekday) is not what it claims.
                    sharedFrame += phrasing.Terms.Contains(t) ? stats.Idf(f, t) : 0;
                    continue;
                }

                passageWeight += stats.Idf(f, t);
            }

            if (shared <= 0 || claimWeight <= 0)
            {
                continue;
            }

            if (passageWeight <= 0)
            {
                passageWeight = shared;
            }

            var claimCoverage = shared / claimWeight;
            var passageCoverage = (shared - sharedFrame) / passageWeight;
            best = Math.Max(best, Math.Pow(claimCoverage, 0.8) * Math.Pow(passageCoverage, 0.2));
        }

        return best;
    }
}
