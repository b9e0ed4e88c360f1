using System.Collections;
using System.Collections.Concurrent;
using FactCheck.Core.Claims;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace FactCheck.Core.Matching;

/// <summary>The claims of one index state by slot: from the list the index was built over, or read from the stored
/// documents on demand (a store of a million claims is not loaded to answer one message).</summary>
internal sealed class ClaimLookup(IndexSearcher searcher, IReadOnlyList<Claim>? list) : IReadOnlyList<Claim>
{
    // Bounds what one index state remembers; the phrasings of the claims a bot meets daily fit well below it.
    private const int MaxRemembered = 50_000;

    private readonly ConcurrentDictionary<int, int> docOfSlot = new();
    private readonly ConcurrentDictionary<int, Claim> claims = new();

    // Counted here, not by the dictionaries: ConcurrentDictionary.Count takes every lock of the table, and a check at
    // 1,000,000 claims remembers thousands of new slots (at 1M it was a tenth of a long message's CPU).
    private int slotsRemembered;
    private int claimsRemembered;

    public bool IsList => list is not null;

    public int Count => searcher.IndexReader.NumDocs;

    public Claim this[int index]
    {
        get
        {
            if (list is not null)
            {
                return list[index];
            }

            if (claims.TryGetValue(index, out var claim))
            {
                return claim;
            }

            var doc = DocOf(index) ?? throw new ArgumentOutOfRangeException(nameof(index), index, "No claim holds this slot in this state of the index.");
            claim = ClaimDocuments.ClaimOf(searcher.Doc(doc));
            Remember(claims, ref claimsRemembered, index, claim);
            return claim;
        }
    }

    public bool Contains(int slot) => list is not null ? slot >= 0 && slot < list.Count : DocOf(slot) is not null;

    /// <summary>Notes the document of a slot seen in a hit, so reading its claim later needs no lookup.</summary>
    public void Saw(int slot, int doc)
    {
        if (!docOfSlot.TryGetValue(slot, out var known) || known != doc)
        {
            Remember(docOfSlot, ref slotsRemembered, slot, doc);
        }
    }

    public IEnumerator<Claim> GetEnumerator()
    {
        if (list is not null)
        {
            foreach (var claim in list)
            {
                yield return claim;
            }

            yield break;
        }

        var reader = searcher.IndexReader;
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is null || live.Get(doc))
            {
                yield return ClaimDocuments.ClaimOf(searcher.Doc(doc));
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The document of a slot in this state, or null when no claim holds it.</summary>
    public int? DocOf(int slot)
    {
        if (docOfSlot.TryGetValue(slot, out var doc))
        {
            return doc;
        }

        var hits = searcher.Search(new TermQuery(new Term(ClaimDocuments.SlotKeyField, ClaimDocuments.SlotKey(slot))), 1).ScoreDocs;
        if (hits.Length == 0)
        {
            return null;
        }

        Remember(docOfSlot, ref slotsRemembered, slot, hits[0].Doc);
        return hits[0].Doc;
    }

    private static void Remember<T>(ConcurrentDictionary<int, T> cache, ref int remembered, int key, T value)
    {
        // An upper bound on the entries (a slot seen again in another document counts twice): emptied a little early.
        if (Interlocked.Increment(ref remembered) > MaxRemembered)
        {
            cache.Clear();
            Volatile.Write(ref remembered, 1);
        }

        cache[key] = value;
    }
}
