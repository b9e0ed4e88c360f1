using FactCheck.Core.Claims;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace FactCheck.Core.Matching;

/// <summary>An in-memory search index over the claims: BM25 per language field, the terms of every phrasing, and known URLs.</summary>
public sealed class ClaimIndex : IDisposable
{
    private const string ClaimField = "claim";

    private readonly LanguageAnalyzers analyzers = new();
    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly NumericDocValues claimOfDoc;
    private readonly List<PhrasingTerms>[] phrasings;
    private readonly FieldTermStatistics statistics = new();
    private readonly Dictionary<string, List<int>> claimsByUrl = new(StringComparer.Ordinal);
    private readonly HashSet<string>[] frameTerms;

    private ClaimIndex(IReadOnlyList<Claim> claims)
    {
        Claims = claims;
        phrasings = new List<PhrasingTerms>[claims.Count];
        frameTerms = LanguageAnalyzers.Fields.Select(f => analyzers.Terms(f, ReportingFrame.Words).ToHashSet(StringComparer.Ordinal)).ToArray();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzers.PerField)
        {
            Similarity = new PerFieldBm25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < claims.Count; i++)
            {
                writer.AddDocument(Document(i, claims[i]));
                IndexUrls(i, claims[i]);
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new PerFieldBm25Similarity() };
        claimOfDoc = MultiDocValues.GetNumericValues(reader, ClaimField);
    }

    /// <summary>The indexed claims; a candidate's ClaimIndex points into this list.</summary>
    public IReadOnlyList<Claim> Claims { get; }

    /// <summary>Builds the index; the claims list must not change afterwards.</summary>
    public static ClaimIndex Build(IReadOnlyList<Claim> claims) => new(claims);

    /// <summary>Claims whose known appearances or reviews include one of the canonical URLs.</summary>
    public IReadOnlyList<int> ClaimsAt(IEnumerable<string> canonicalUrls) =>
        canonicalUrls.SelectMany(u => claimsByUrl.TryGetValue(u, out var list) ? list : []).Distinct().ToList();

    /// <summary>The top <paramref name="count"/> claims for a normalised passage, each with its lexical coverage.</summary>
    /// <param name="normalizedPassage">The passage, normalised.</param>
    /// <param name="count">How many claims to return at most.</param>
    /// <param name="termCount">Analysed terms of the passage in its richest field (very short passages never get a confident reply).</param>
    public IReadOnlyList<Candidate> Search(string normalizedPassage, int count, out int termCount) =>
        Search(normalizedPassage, null, count, out termCount);

    /// <summary>The top <paramref name="count"/> claims of the passage's language for a normalised passage, each with its lexical coverage.</summary>
    /// <param name="normalizedPassage">The passage, normalised.</param>
    /// <param name="language">The passage's language ("en", "id", ...); null or "und" searches every language's claims.</param>
    /// <param name="count">How many claims to return at most.</param>
    /// <param name="termCount">Analysed terms of the passage in its richest searched field.</param>
    public IReadOnlyList<Candidate> Search(string normalizedPassage, string? language, int count, out int termCount)
    {
        var passageTerms = new HashSet<string>[LanguageAnalyzers.Fields.Length];
        var query = new BooleanQuery();
        for (var f = 0; f < passageTerms.Length; f++)
        {
            passageTerms[f] = [];
        }

        // A language the store holds no claims of is searched like an undetermined one, in the likeliest field.
        var searched = LanguageAnalyzers.SearchedFields(language);
        if (searched.Count != 1 || !statistics.HasClaims(searched[0]))
        {
            searched = [statistics.LikeliestField(analyzers, normalizedPassage)];
        }

        foreach (var f in searched)
        {
            var field = LanguageAnalyzers.Fields[f];
            var terms = analyzers.Terms(field, normalizedPassage);
            passageTerms[f] = terms.ToHashSet(StringComparer.Ordinal);
            PassageQueryBuilder.Add(query, field, terms, t => statistics.Knows(f, t));
        }

        termCount = passageTerms.Max(t => t.Count);
        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var hits = searcher.Search(query, CoverageReranker.Depth(count)).ScoreDocs;
        var result = new List<Candidate>(hits.Length);
        for (var rank = 0; rank < hits.Length; rank++)
        {
            var claim = (int)claimOfDoc.Get(hits[rank].Doc);
            result.Add(new Candidate(claim, rank, hits[rank].Score, Coverage(claim, passageTerms)));
        }

        return CoverageReranker.Rerank(result, count);
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
        analyzers.Dispose();
    }

    /// <summary>How much of the claim the passage says, and how much of the passage is the claim, weighted by rarity; best phrasing wins.</summary>
    private double Coverage(int claim, HashSet<string>[] passageTerms)
    {
        var best = 0.0;
        foreach (var phrasing in phrasings[claim])
        {
            var f = phrasing.FieldIndex;
            double shared = 0, claimWeight = 0, passageWeight = 0;
            foreach (var t in phrasing.Terms)
            {
                var w = statistics.Idf(f, t);
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
                    sharedFrame += phrasing.Terms.Contains(t) ? statistics.Idf(f, t) : 0;
                    continue;
                }

                passageWeight += statistics.Idf(f, t);
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

    private Document Document(int index, Claim claim)
    {
        var doc = new Document { new NumericDocValuesField(ClaimField, index) };
        var list = new List<PhrasingTerms>();
        var seenInClaim = LanguageAnalyzers.Fields.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        foreach (var (text, language) in Texts(claim))
        {
            var normalized = TextNormalizer.Normalize(text).Text;
            var field = LanguageAnalyzers.FieldFor(language);
            var f = Array.IndexOf(LanguageAnalyzers.Fields, field);
            doc.Add(new TextField(field, normalized, Field.Store.NO));
            var terms = analyzers.Terms(field, normalized).ToHashSet(StringComparer.Ordinal);
            if (terms.Count > 0)
            {
                list.Add(new PhrasingTerms(f, terms));
            }

            seenInClaim[f].UnionWith(terms);
        }

        statistics.AddClaim(seenInClaim);
        phrasings[index] = list;
        return doc;
    }

    private static IEnumerable<(string Text, string Language)> Texts(Claim claim)
    {
        yield return (claim.Text, ResolveLanguage(claim.Language, claim.Text));
        foreach (var p in claim.Phrasings)
        {
            yield return (p.Text, ResolveLanguage(p.Language ?? claim.Language, p.Text));
        }
    }

    private static string ResolveLanguage(string? declared, string text) =>
        string.IsNullOrWhiteSpace(declared) || declared == "und" ? LanguageGuesser.Guess(TextNormalizer.Normalize(text).Text) : declared;

    private void IndexUrls(int index, Claim claim)
    {
        foreach (var url in claim.Appearances.Concat(claim.Reviews.Select(r => r.Url)))
        {
            var canonical = UrlCanonicalizer.Canonicalize(url);
            if (canonical is null)
            {
                continue;
            }

            if (!claimsByUrl.TryGetValue(canonical, out var list))
            {
                claimsByUrl[canonical] = list = [];
            }

            if (!list.Contains(index))
            {
                list.Add(index);
            }
        }
    }
}
