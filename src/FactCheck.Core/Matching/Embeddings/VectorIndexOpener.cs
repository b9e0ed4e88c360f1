using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Opens the claim vectors at start beside an opened claim index: the graph on disk is used when it was written
/// for this store, model and shape, is whole and not ahead of the claim index; then the claims changed since it was
/// written, and any claim it lacks, are re-added (vectors from the embedding store, the model only for what is
/// missing) and the owners of deleted claims retired. Otherwise every claim's vectors are put in a new graph (or
/// the exact scan, below <see cref="VectorIndexOptions.GraphFromVectors"/>).</summary>
internal static class VectorIndexOpener
{
    public static async Task<(LiveVectorIndex Index, VectorIndexReport Report)> OpenAsync(
        ClaimIndex snapshot,
        long sequence,
        string? indexFolder,
        string storeId,
        ITextEmbedder embedder,
        IEmbeddingStore store,
        IClaimChangeLog? log,
        VectorIndexOptions options,
        IProgress<EmbeddingProgress>? progress,
        CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var folder = indexFolder is null ? null : new VectorIndexFolder(Path.Combine(indexFolder, "vectors"));
        var index = new LiveVectorIndex(embedder.Dimensions, options, folder, storeId, embedder.ModelId);
        try
        {
            var live = snapshot.Slots();
            var (needed, reason) = await ReuseAsync(index, folder, snapshot, live, sequence, log, options, embedder, cancellationToken).ConfigureAwait(false);
            var rebuild = needed is null;
            if (rebuild)
            {
                folder?.Empty();
            }

            var texts = rebuild
                ? ClaimVectors.TextsOf(snapshot.All())
                : ClaimVectors.TextsOf(needed!.Select(slot => (slot, snapshot.Claims[slot])));
            // A graph pays for its build only when it is kept: an index in memory (a verb run while the bot holds the
            // folder) scans exactly, which starts in seconds where building the graph would take minutes.
            var builder = rebuild && folder is not null && texts.Count >= options.GraphFromVectors ? HnswIndex.Create(embedder.Dimensions, options.Graph) : null;
            var owners = new HashSet<int>();
            int computed;
            try
            {
                computed = await new BatchedEmbedding(embedder, store).EmbedAsync(
                    texts,
                    (items, token) =>
                    {
                        if (builder is not null)
                        {
                            builder.AddMany(items, Environment.ProcessorCount, token);
                            owners.UnionWith(items.Select(i => i.Owner));
                        }
                        else
                        {
                            foreach (var (owner, vector) in items)
                            {
                                index.Add(owner, vector);
                            }
                        }

                        return Task.CompletedTask;
                    },
                    progress,
                    cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                builder?.Dispose();
                throw;
            }

            if (builder is not null)
            {
                index.Adopt(builder, owners, sequence);
            }
            else if (folder is not null)
            {
                index.Compact(sequence, cancellationToken);
            }

            return (index, new VectorIndexReport(folder?.Folder, reason, index.HasGraph, index.OwnerCount, computed, watch.Elapsed));
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    // The slots whose vectors must be added to the graph found on disk (null: rebuild everything), and why not reused.
    private static async Task<(HashSet<int>? Needed, string? Reason)> ReuseAsync(
        LiveVectorIndex index, VectorIndexFolder? folder, ClaimIndex snapshot, HashSet<int> live, long sequence,
        IClaimChangeLog? log, VectorIndexOptions options, ITextEmbedder embedder, CancellationToken cancellationToken)
    {
        if (folder is null)
        {
            return (null, null);
        }

        if (folder.Check(index.StoreId, embedder.ModelId, embedder.Dimensions, options.Graph.Connectivity, out var reason) is not { } meta)
        {
            return (null, reason);
        }

        // A graph behind by more than a rebuild's worth is rebuilt: replaying each change costs more than adding afresh.
        var behind = sequence - meta.Sequence;
        if (behind < 0 || log is null || behind > Math.Max(options.GraphFromVectors, live.Count / 4))
        {
            return (null, behind < 0
                ? string.Create(CultureInfo.InvariantCulture, $"ahead of the claim index (change {meta.Sequence}, the index's {sequence})")
                : string.Create(CultureInfo.InvariantCulture, $"{behind} changes behind"));
        }

        HnswIndex viewed;
        try
        {
            viewed = HnswIndex.Open(folder.GraphPath, options.Graph, view: true);
        }
        catch (UsearchException e)
        {
            return (null, $"unreadable graph ({e.Message})");
        }

        index.Adopt(viewed, meta);
        var changed = new List<string>();
        for (var after = meta.Sequence; after < sequence;)
        {
            var changes = await log.ChangesAfterAsync(after, ClaimIndexOpener.BatchSize, cancellationToken).ConfigureAwait(false);
            if (changes.Count == 0)
            {
                break;
            }

            changed.AddRange(changes.Where(c => c.Sequence <= sequence).Select(c => c.ClaimId));
            after = changes[^1].Sequence;
        }

        var changedSlots = snapshot.SlotsOf(changed).Values.ToHashSet();
        var inGraph = index.GraphOwners.ToHashSet();
        foreach (var owner in inGraph.Where(o => !live.Contains(o) || changedSlots.Contains(o)))
        {
            index.Remove(owner);
        }

        return (live.Where(slot => changedSlots.Contains(slot) || !inGraph.Contains(slot)).ToHashSet(), null);
    }
}
