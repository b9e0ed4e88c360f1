using System.Collections.Concurrent;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace FactCheck.Core.Matching;

/// <summary>The terms one index state has met, numbered, each with its document frequency and weight read once from
/// the term dictionary; and the claims' terms by document, as those numbers with each phrasing's total weight.</summary>
/// <remarks>At a million claims a check meets hundreds of claims it has not seen. Each used to be decoded into
/// strings and hash sets and every term weighed again through a string-keyed cache that was emptied whole when full;
/// that was a tenth of a check's time and much of the garbage collector's. Now a claim's stored terms are read as
/// bytes into term numbers once per state, and coverage compares numbers; a passage word's place in the postings is
/// looked up once per state too. Both are bounded: past
/// <see cref="MaxTerms"/> terms the owner starts a new table; past <see cref="MaxClaims"/> claims the claims are
/// forgotten (a state lives until the next change of the store).</remarks>
internal sealed class TermTable(IndexReader reader, int[] claimCount)
{
    /// <summary>Terms remembered before the table is replaced (about 100 bytes each).</summary>
    public const int MaxTerms = 1_000_000;

    /// <summary>Claims whose terms are remembered at once (a few hundred bytes each).</summary>
    public const int MaxClaims = 400_000;

    private readonly ConcurrentDictionary<byte[], int>[] ids =
        LanguageAnalyzers.Fields.Select(_ => new ConcurrentDictionary<byte[], int>(Utf8TermComparer.Instance)).ToArray();

    private readonly System.Threading.Lock gate = new();
    private ClaimTermsSlab remembered = new(reader.MaxDoc);
    private int[] frequencies = new int[1024];
    private double[] weights = new double[1024];
    private TermContext?[] contexts = new TermContext?[1024];
    private int count;
    private int claims;

    /// <summary>Terms numbered so far.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The number of a term in a field, given as a string (a passage's words).</summary>
    public int IdOf(int field, string term) => IdOf(field, Encoding.UTF8.GetBytes(term));

    /// <summary>The number of a term in a field, given as its UTF-8 bytes; looked up in the term dictionary once.</summary>
    public int IdOf(int field, ReadOnlySpan<byte> term)
    {
        var lookup = ids[field].GetAlternateLookup<ReadOnlySpan<byte>>();
        if (lookup.TryGetValue(term, out var id))
        {
            return id;
        }

        var key = term.ToArray();
        var df = reader.DocFreq(new Term(LanguageAnalyzers.Fields[field], new BytesRef(key)));
        lock (gate)
        {
            if (ids[field].TryGetValue(key, out id))
            {
                return id;
            }

            id = count;
            if (id == frequencies.Length)
            {
                Array.Resize(ref frequencies, id * 2);
                Array.Resize(ref weights, id * 2);
                Array.Resize(ref contexts, id * 2);
            }

            frequencies[id] = df;
            weights[id] = Weight(claimCount[field], df);

            // Published after its figures: a reader that finds the number finds them too.
            Volatile.Write(ref count, id + 1);
            ids[field][key] = id;
            return id;
        }
    }

    /// <summary>How many claims of the term's field use it.</summary>
    public int DocumentFrequency(int id) => Volatile.Read(ref frequencies)[id];

    /// <summary>The weight of a term (<see cref="Weight(int, int)"/>).</summary>
    public double Idf(int id) => Volatile.Read(ref weights)[id];

    /// <summary>The query for a passage's term in a field, null when no claim of the field uses it. Its term states
    /// are looked up once per state (the postings' place in every segment), not again for every passage that uses it.</summary>
    public TermQuery? QueryOf(int field, string term)
    {
        var id = IdOf(field, term);
        if (DocumentFrequency(id) == 0)
        {
            return null;
        }

        var luceneTerm = new Term(LanguageAnalyzers.Fields[field], term);
        var known = Volatile.Read(ref contexts);
        if (known[id] is not { } context)
        {
            // Built outside the lock; two searches building the same one keep either.
            context = TermContext.Build(reader.Context, luceneTerm);
            known[id] = context;
        }

        return new TermQuery(luceneTerm, context);
    }

    /// <summary>The terms of the claim in <paramref name="doc"/>, read from <paramref name="termsOfDoc"/> once.</summary>
    public ClaimTerms ClaimTermsOf(int doc, BinaryDocValues termsOfDoc)
    {
        var slab = Volatile.Read(ref remembered);
        if (doc < reader.MaxDoc && slab.TryGet(doc, out var known))
        {
            return known;
        }

        var bytes = new BytesRef();
        termsOfDoc.Get(doc, bytes);
        var terms = ClaimTerms.Read(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), this);
        if (doc >= reader.MaxDoc)
        {
            return terms;
        }

        if (Interlocked.Increment(ref claims) > MaxClaims)
        {
            // Forgotten whole: a search still reading the old records keeps them alive until it is done.
            slab = new ClaimTermsSlab(reader.MaxDoc);
            Volatile.Write(ref remembered, slab);
            Volatile.Write(ref claims, 1);
        }

        return slab.Remember(doc, terms);
    }

    /// <summary>A word no claim uses weighs as much as the rarest word that one does, not more: in a small store nearly
    /// every word of a message is unknown, and an unbounded weight would drown what the passage shares with a claim.</summary>
    private static double Weight(int claimsInField, int documentFrequency)
    {
        var df = Math.Max(1, documentFrequency);
        var n = Math.Max(claimsInField, df);
        return Math.Log(1 + ((n - df + 0.5) / (df + 0.5)));
    }
}
