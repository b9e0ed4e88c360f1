using System.Collections.Concurrent;
using FactCheck.Core.Claims;
using Lucene.Net.Index;
using Lucene.Net.Search;

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
    private readonly ClaimLookup lookup;
    private readonly TermStatistics stats;
    private readonly ConcurrentBag<MessageTermScores> idleScores = [];
    private readonly PostingsCache postings = new();
    private readonly FieldNorms norms = new();
    private int references = 1;

    internal ClaimIndex(IndexSearcher searcher, LanguageAnalyzers analyzers, IReadOnlyList<Claim>? claims, Action? onLastRelease)
    {
        this.searcher = searcher;
        this.analyzers = analyzers;
        this.onLastRelease = onLastRelease;
        searcher.Similarity = new PerFieldBm25Similarity();
        frameTerms = LanguageAnalyzers.Fields.Select(f => analyzers.Terms(f, ReportingFrame.Words).ToHashSet(StringComparer.Ordinal)).ToArray();
        lookup = new ClaimLookup(searcher, claims);
        stats = new TermStatistics(searcher.IndexReader);
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

    /// <summary>The slot of every claim, read from doc values only (no stored document): for checking the claim vectors at start.</summary>
    internal HashSet<int> Slots()
    {
        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        var slotOfDoc = SlotsOfDocs();
        var slots = new HashSet<int>(reader.NumDocs);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                slots.Add((int)slotOfDoc.Get(doc));
            }
        }

        return slots;
    }

    /// <summary>The slots of those of <paramref name="claimIds"/> that are indexed.</summary>
    internal Dictionary<string, int> SlotsOf(IEnumerable<string> claimIds)
    {
        var slotOfDoc = SlotsOfDocs();
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in claimIds.Distinct(StringComparer.Ordinal))
        {
            var hits = searcher.Search(new TermQuery(new Term(ClaimDocuments.IdField, id)), 1).ScoreDocs;
            if (hits.Length > 0)
            {
                slots[id] = (int)slotOfDoc.Get(hits[0].Doc);
            }
        }

        return slots;
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
    public IReadOnlyList<Candidate> Search(string normalizedPassage, int count, out int termCount) =>
        Search(normalizedPassage, null, count, out termCount);

    /// <summary>The top <paramref name="count"/> claims of the passage's language for a normalised passage, each with its lexical coverage.</summary>
    /// <param name="normalizedPassage">The passage, normalised.</param>
    /// <param name="language">The passage's language ("en", "id", ...); null or "und" searches the likeliest language's claims.</param>
    /// <param name="count">How many claims to return at most.</param>
    /// <param name="termCount">Analysed terms of the passage in its richest searched field.</param>
    public IReadOnlyList<Candidate> Search(string normalizedPassage, string? language, int count, out int termCount) =>
        Search(normalizedPassage, language, count, null, out termCount);

    /// <summary>The postings scores one message reuses across its passages; give it back with <see cref="Return"/>.</summary>
    internal MessageTermScores RentTermScores() => idleScores.TryTake(out var scores) ? scores : new MessageTermScores(searcher, postings, norms);

    /// <summary>A new postings scorer over this state summing windows of 2^<paramref name="windowBits"/> documents, with
    /// a postings cache of its own holding <paramref name="cachedPostings"/> (tests: a small index crosses many small
    /// windows, and a small cache forgets words).</summary>
    internal MessageTermScores NewTermScores(int windowBits, long cachedPostings = PostingsCache.DefaultCapacity) =>
        new(searcher, new PostingsCache(cachedPostings), new FieldNorms(), windowBits);

    /// <summary>Gives back what <see cref="RentTermScores"/> lent, for the next message.</summary>
    internal void Return(MessageTermScores scores)
    {
        scores.Clear();
        idleScores.Add(scores);
    }

    /// <summary>As <see cref="Search(string, string?, int, out int)"/>, with the words' scores read once for the whole
    /// message when <paramref name="scores"/> is given (the same ranking).</summary>
    internal IReadOnlyList<Candidate> Search(string normalizedPassage, string? language, int count, MessageTermScores? scores, out int termCount)
    {
        // A language the store holds no claims of is searched like an undetermined one, in the likeliest field.
        var searched = LanguageAnalyzers.SearchedFields(language);
        if (searched.Count != 1 || !stats.HasClaims(searched[0]))
        {
            searched = [stats.LikeliestField(analyzers, normalizedPassage)];
        }

        var table = stats.Table;
        var (query, passageTerms) = BuildQuery(normalizedPassage, searched, table);
        termCount = passageTerms.TermCount;
        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var depth = CoverageReranker.Depth(count);
        var hits = scores is null ? searcher.Search(query, depth).ScoreDocs : scores.Top(query, depth);
        var slotOfDoc = SlotsOfDocs();
        var termsOfDoc = MultiDocValues.GetBinaryValues(searcher.IndexReader, ClaimDocuments.TermsField) ?? DocValues.EMPTY_BINARY;
        var result = new List<Candidate>(hits.Length);
        for (var rank = 0; rank < hits.Length; rank++)
        {
            var slot = (int)slotOfDoc.Get(hits[rank].Doc);
            lookup.Saw(slot, hits[rank].Doc);
            var (coverage, proximity, detail) = passageTerms.Coverage(table.ClaimTermsOf(hits[rank].Doc, termsOfDoc));
            result.Add(new Candidate(slot, rank, hits[rank].Score, coverage, proximity) { Detail = detail });
        }

        return CoverageReranker.Rerank(result, count);
    }

    /// <summary>The language field the text of the claim in <paramref name="slot"/> is indexed in (an index of
    /// <see cref="LanguageAnalyzers.Fields"/>), read from its analysed terms, which a search has usually read already:
    /// not from its stored document, whose decompression and JSON cost 50-130 µs a claim. -1 when the claim has no
    /// analysed words or the slot is not in this state.</summary>
    internal int FieldOf(int slot)
    {
        if (lookup.IsList)
        {
            var claim = lookup[slot];
            return Array.IndexOf(LanguageAnalyzers.Fields, LanguageAnalyzers.FieldFor(ClaimDocuments.Texts(claim).First().Language));
        }

        if (lookup.DocOf(slot) is not { } doc)
        {
            return -1;
        }

        var termsOfDoc = MultiDocValues.GetBinaryValues(searcher.IndexReader, ClaimDocuments.TermsField) ?? DocValues.EMPTY_BINARY;
        var fields = stats.Table.ClaimTermsOf(doc, termsOfDoc).Fields;
        return fields.Length == 0 ? -1 : fields[0];
    }

    // Doc values readers are not to be shared between threads (a check runs on its own): one per call.
    private NumericDocValues SlotsOfDocs() =>
        MultiDocValues.GetNumericValues(searcher.IndexReader, ClaimDocuments.SlotField) ?? DocValues.EMPTY_NUMERIC;

    /// <summary>The query of a passage in the searched language fields: every analysed term some claim of that field
    /// uses; and the passage's weighed terms in those fields.</summary>
    private (BooleanQuery Query, PassageTerms PassageTerms) BuildQuery(string normalizedPassage, IReadOnlyList<int> searched, TermTable table)
    {
        var termsPerField = new List<string>?[LanguageAnalyzers.Fields.Length];
        var query = new BooleanQuery();
        foreach (var f in searched)
        {
            var field = LanguageAnalyzers.Fields[f];
            termsPerField[f] = analyzers.Terms(field, normalizedPassage);
            PassageQueryBuilder.Add(query, termsPerField[f]!, t => table.QueryOf(f, t));
        }

        return (query, new PassageTerms(termsPerField, frameTerms, table));
    }
}
