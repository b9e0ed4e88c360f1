using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Claims;
using FactCheck.Core.Storage;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace FactCheck.Core.Matching;

/// <summary>The claim index kept in step with the store: one writer, documents added, replaced and deleted one claim
/// at a time, each commit recording the store and change sequence it reflects, and readers handed out by a
/// SearcherManager. On disk beside the store, or in memory for an in-memory store.</summary>
public sealed class LiveClaimIndex : IDisposable
{
    /// <summary>The document layout's version; an index written with another one is rebuilt. 4: a rebuild ends merged
    /// into one segment (<see cref="Merge"/>), so that a version-3 index of many segments is rebuilt once.</summary>
    public const int FormatVersion = 4;

    internal const string FormatKey = "format";
    internal const string StoreKey = "store";
    internal const string SequenceKey = "sequence";
    internal const string NextSlotKey = "nextSlot";

    private readonly LuceneDirectory directory;
    private readonly IndexWriter writer;
    private readonly SearcherManager manager;
    private readonly LanguageAnalyzers analyzers = new();
    private readonly System.Threading.Lock gate = new();
    private readonly Stopwatch sinceCommit = Stopwatch.StartNew();
    private int nextSlot;

    private LiveClaimIndex(LuceneDirectory directory, string? folder, string storeId, long sequence, int nextSlot, bool create)
    {
        this.directory = directory;
        this.nextSlot = nextSlot;
        Folder = folder;
        StoreId = storeId;
        Sequence = sequence;
        writer = new IndexWriter(directory, Config(analyzers, create ? OpenMode.CREATE : OpenMode.APPEND));
        if (create)
        {
            CommitLocked();
        }

        manager = new SearcherManager(writer, true, null);
    }

    /// <summary>The folder of an on-disk index, null in memory.</summary>
    public string? Folder { get; }

    /// <summary>The store the index reflects.</summary>
    public string StoreId { get; }

    /// <summary>The store's change sequence the index reflects (after the last <see cref="Apply"/>).</summary>
    public long Sequence { get; private set; }

    /// <summary>Number of claims indexed.</summary>
    public int Count
    {
        get
        {
            var searcher = manager.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                manager.Release(searcher);
            }
        }
    }

    /// <summary>An empty index in memory.</summary>
    public static LiveClaimIndex InMemory(string storeId) => new(new RAMDirectory(), null, storeId, 0, 0, create: true);

    /// <summary>Opens the index in <paramref name="folder"/> when it is whole and was written for <paramref name="storeId"/>
    /// in this format; otherwise empties the folder and starts a new one, saying why in <paramref name="rebuildReason"/>.</summary>
    public static LiveClaimIndex OpenOrCreate(string folder, string storeId, out string? rebuildReason)
    {
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(folder);
        try
        {
            // Another process (a running bot) owns this index: never touch its files; the caller indexes in memory.
            if (IndexWriter.IsLocked(directory))
            {
                throw new LockObtainFailedException($"The claim index in {folder} is in use by another process.");
            }

            rebuildReason = ClaimIndexFolder.Check(directory, folder, storeId, out var sequence, out var nextSlot);
            if (rebuildReason is null)
            {
                try
                {
                    return new LiveClaimIndex(directory, folder, storeId, sequence, nextSlot, create: false);
                }
                catch (Exception e) when (e is not LockObtainFailedException && e is IOException or CorruptIndexException or InvalidOperationException or IndexOutOfRangeException or FormatException)
                {
                    rebuildReason = $"unreadable ({e.GetType().Name})";
                }
            }

            ClaimIndexFolder.Empty(folder);
            return new LiveClaimIndex(directory, folder, storeId, 0, 0, create: true);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>A new, empty index in <paramref name="folder"/>, replacing whatever index files were there.</summary>
    public static LiveClaimIndex Create(string folder, string storeId)
    {
        System.IO.Directory.CreateDirectory(folder);
        ClaimIndexFolder.Empty(folder);
        return new LiveClaimIndex(FSDirectory.Open(folder), folder, storeId, 0, 0, create: true);
    }

    /// <summary>A read-only index over a fixed list (slots are positions), released with its last reference.</summary>
    internal static ClaimIndex Over(IReadOnlyList<Claim> claims)
    {
        var directory = new RAMDirectory();
        var analyzers = new LanguageAnalyzers();
        using (var writer = new IndexWriter(directory, Config(analyzers, OpenMode.CREATE)))
        {
            for (var i = 0; i < claims.Count; i++)
            {
                writer.AddDocument(ClaimDocuments.Build(i, claims[i], analyzers, storeClaim: false));
            }

            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        return new ClaimIndex(new IndexSearcher(reader), analyzers, claims, () =>
        {
            reader.Dispose();
            directory.Dispose();
            analyzers.Dispose();
        });
    }

    /// <summary>Applies changes of the store (oldest first): a claim's document is replaced in its slot, a new claim takes
    /// the next slot, a deleted one is removed. Searchable after the call; durable after <see cref="Commit"/>.</summary>
    public IReadOnlyList<AppliedChange> Apply(IReadOnlyList<ClaimChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return [];
        }

        lock (gate)
        {
            var applied = new List<AppliedChange>(changes.Count);
            var slots = SlotsOf(changes.Select(c => c.ClaimId));
            foreach (var change in changes)
            {
                var idTerm = new Term(ClaimDocuments.IdField, change.ClaimId);
                if (change.Claim is null)
                {
                    if (slots.Remove(change.ClaimId, out var gone))
                    {
                        writer.DeleteDocuments(idTerm);
                        applied.Add(new AppliedChange(gone, null));
                    }

                    continue;
                }

                if (!slots.TryGetValue(change.ClaimId, out var slot))
                {
                    slots[change.ClaimId] = slot = nextSlot++;
                }

                writer.UpdateDocument(idTerm, ClaimDocuments.Build(slot, change.Claim, analyzers, storeClaim: true));
                applied.Add(new AppliedChange(slot, change.Claim));
            }

            Sequence = Math.Max(Sequence, changes[^1].Sequence);
            manager.MaybeRefreshBlocking();
            return applied;
        }
    }

    /// <summary>Commits when the last commit is older than <paramref name="interval"/>. A commit costs an fsync of new
    /// segment files; searches see applied changes without one, and after a crash the index catches up from the
    /// sequence its last commit recorded, so a stream of single-claim updates need not commit each.</summary>
    public void CommitIfDue(TimeSpan interval)
    {
        lock (gate)
        {
            if (sinceCommit.Elapsed >= interval)
            {
                CommitLocked();
            }
        }
    }

    /// <summary>Merges the index into one segment and commits (after a rebuild or a large catch-up). Every word of a
    /// search is looked up in every segment's term dictionary and each segment gets its own scorer: a million claims
    /// built in 64 MB flushes left 20 segments, and those lookups were a fifth of a check's time.</summary>
    public void Merge()
    {
        lock (gate)
        {
            writer.ForceMerge(1);
            CommitLocked();
            manager.MaybeRefreshBlocking();
        }
    }

    /// <summary>Makes everything applied durable, recording the sequence it reflects in the same commit.</summary>
    public void Commit()
    {
        lock (gate)
        {
            CommitLocked();
        }
    }

    /// <summary>The current state for searching, holding one reference: release it (Dispose) when done.</summary>
    public ClaimIndex Acquire()
    {
        var searcher = manager.Acquire();
        return new ClaimIndex(searcher, analyzers, null, () => manager.Release(searcher));
    }

    public void Dispose()
    {
        lock (gate)
        {
            CommitLocked();
            manager.Dispose();
            writer.Dispose();
            if (Folder is not null)
            {
                ClaimIndexFolder.MarkClean(Folder);
            }

            directory.Dispose();
            analyzers.Dispose();
        }
    }

    private static IndexWriterConfig Config(LanguageAnalyzers analyzers, OpenMode mode) =>
        new(LuceneVersion.LUCENE_48, analyzers.PerField)
        {
            Similarity = new PerFieldBm25Similarity(),
            OpenMode = mode,
            RAMBufferSizeMB = 64,
        };

    private void CommitLocked()
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [FormatKey] = FormatVersion.ToString(CultureInfo.InvariantCulture),
            [StoreKey] = StoreId,
            [SequenceKey] = Sequence.ToString(CultureInfo.InvariantCulture),
            [NextSlotKey] = nextSlot.ToString(CultureInfo.InvariantCulture),
        });
        writer.Commit();
        sinceCommit.Restart();
    }

    // The slots the claims hold now, read from the current reader (refreshed after every Apply).
    private Dictionary<string, int> SlotsOf(IEnumerable<string> ids)
    {
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var searcher = manager.Acquire();
        try
        {
            var slotOfDoc = MultiDocValues.GetNumericValues(searcher.IndexReader, ClaimDocuments.SlotField);
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                var hits = searcher.Search(new TermQuery(new Term(ClaimDocuments.IdField, id)), 1).ScoreDocs;
                if (hits.Length > 0 && slotOfDoc is not null)
                {
                    slots[id] = (int)slotOfDoc.Get(hits[0].Doc);
                }
            }
        }
        finally
        {
            manager.Release(searcher);
        }

        return slots;
    }
}
