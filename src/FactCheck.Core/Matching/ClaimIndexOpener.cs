using System.Diagnostics;
using System.Globalization;
using FactCheck.Core.Storage;
using Lucene.Net.Store;

namespace FactCheck.Core.Matching;

/// <summary>Opens the claim index at start and brings it level with the store: the index on disk is used when it was
/// written for this store in this format and is whole, then caught up with the changes after the sequence it recorded;
/// it is rebuilt (by catching up from nothing) when it is ahead of the store or its claim count disagrees.</summary>
internal static class ClaimIndexOpener
{
    /// <summary>Changes read from the store per round trip.</summary>
    public const int BatchSize = 5000;

    // A long rebuild commits as it goes, so a kill in the middle resumes from the last commit instead of from nothing.
    private const int CommitEvery = 100_000;

    // A catch-up this large (a rebuild, a big import while the bot was down) leaves many segments; merging them costs
    // about as long as indexing did, once, and makes every later search cheaper. Small catch-ups keep a restart quick.
    private const int MergeAfter = 100_000;

    public static async Task<(LiveClaimIndex Index, ClaimIndexReport Report)> OpenAsync(IClaimChangeLog log, string? folder, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var state = await log.StateAsync(cancellationToken).ConfigureAwait(false);
        string? reason = null;
        LiveClaimIndex index;
        if (folder is null)
        {
            index = LiveClaimIndex.InMemory(state.StoreId);
        }
        else
        {
            try
            {
                index = LiveClaimIndex.OpenOrCreate(folder, state.StoreId, out reason);
            }
            catch (LockObtainFailedException)
            {
                // A running bot owns the folder; this process (a command-line verb) indexes the store in memory.
                index = LiveClaimIndex.InMemory(state.StoreId);
                reason = "in use by another process, indexed in memory";
            }
        }

        try
        {
            if (index.Sequence > state.Sequence)
            {
                reason = string.Create(CultureInfo.InvariantCulture, $"ahead of the store (change {index.Sequence}, the store's {state.Sequence})");
                index = Recreate(index);
            }

            var applied = await CatchUpAsync(index, log, cancellationToken).ConfigureAwait(false);
            var after = await log.StateAsync(cancellationToken).ConfigureAwait(false);
            if (after.Sequence == index.Sequence && after.ClaimCount != index.Count)
            {
                var disagreement = string.Create(CultureInfo.InvariantCulture, $"holds {index.Count} claims, the store {after.ClaimCount}");
                reason = reason is null ? disagreement : $"{reason}; then {disagreement}";
                index = Recreate(index);
                applied = await CatchUpAsync(index, log, cancellationToken).ConfigureAwait(false);
            }

            return (index, new ClaimIndexReport(folder, reason, applied, index.Count, watch.Elapsed));
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    private static LiveClaimIndex Recreate(LiveClaimIndex index)
    {
        var (folder, storeId) = (index.Folder, index.StoreId);
        index.Dispose();
        return folder is null ? LiveClaimIndex.InMemory(storeId) : LiveClaimIndex.Create(folder, storeId);
    }

    private static async Task<int> CatchUpAsync(LiveClaimIndex index, IClaimChangeLog log, CancellationToken cancellationToken)
    {
        int applied = 0, sinceCommit = 0;
        while (await log.ChangesAfterAsync(index.Sequence, BatchSize, cancellationToken).ConfigureAwait(false) is { Count: > 0 } changes)
        {
            index.Apply(changes);
            applied += changes.Count;
            sinceCommit += changes.Count;
            if (sinceCommit >= CommitEvery)
            {
                index.Commit();
                sinceCommit = 0;
            }
        }

        if (applied >= MergeAfter)
        {
            index.Merge();
        }
        else if (applied > 0)
        {
            index.Commit();
        }

        return applied;
    }
}
