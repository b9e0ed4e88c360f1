using System.Text;
using FactCheck.Core.Checking.Log;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>One fresh, empty store of one provider for one test: the contract tests ask it for the store interfaces of
/// the core and never see which database answers. Each call opens a new store object on the same database, as a
/// restart or another instance would.</summary>
public abstract class StoreTarget : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "factcheck-contract-" + Guid.NewGuid().ToString("N"));

    /// <summary>"Sqlite" or "Postgres", for messages.</summary>
    public abstract string Provider { get; }

    public abstract IClaimStore ClaimStore();

    public abstract IClaimChangeLog ChangeLog();

    public abstract IChatStateStore ChatState(TimeProvider? time = null);

    /// <summary>Prunes handled events of a store made by <see cref="ChatState"/> (a provider method, not on the interface).</summary>
    public abstract Task<int> PruneHandledEventsAsync(IChatStateStore store);

    public abstract IEmbeddingStore Embeddings();

    public abstract IFeedStateStore Feeds();

    public abstract ITipStore Tips(TimeProvider? time = null, OutboxLease? lease = null);

    public abstract ICheckLog CheckLog();

    public abstract IReviewerNoticeStore ReviewerNotices(TimeProvider? time = null, OutboxLease? lease = null);

    public abstract IEventClaims EventClaims(TimeProvider? time = null);

    public abstract ILeaderLock LeaderLock();

    public abstract Core.Desk.IDeskStore Desk();

    public abstract ITipImageStore TipImages();

    public abstract Core.Images.IImageFingerprintStore Fingerprints();

    public abstract IPendingImageStore PendingImages();

    /// <summary>Every row of every table as text, to compare the whole store before and after.</summary>
    public abstract Task<string> DumpAsync();

    /// <summary>Runs SQL both databases understand (the contract's own setup: a row, a deletion).</summary>
    public abstract Task ExecuteAsync(string sql);

    /// <summary>The first column of every row of a query, as text, in the query's order.</summary>
    public abstract Task<IReadOnlyList<string>> ColumnAsync(string sql);

    /// <summary>Makes the second notification a publish enqueues fail, to see a failing transaction roll back whole.</summary>
    public abstract Task FailSecondOutboxInsertAsync();

    /// <summary>Writes a file into this target's temporary folder and returns its path.</summary>
    public string WriteFile(string name, string content)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, Encoding.UTF8);
        return path;
    }

    public virtual ValueTask DisposeAsync()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
