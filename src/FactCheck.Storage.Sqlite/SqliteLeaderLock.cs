using FactCheck.Core.Storage;

namespace FactCheck.Storage.Sqlite;

/// <summary>Leader locks for processes sharing one SQLite file, which can only be on one machine: an exclusive lock on a
/// file beside the database (the operating system frees it when the holder's process dies). An in-memory store has
/// one process by definition; its locks live in that process.</summary>
public sealed class SqliteLeaderLock(SqliteDatabase database) : ILeaderLock
{
    private static readonly HashSet<string> InProcess = [];

    public Task<ILeadership?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var path = database.FilePath is { } file ? $"{file}.leader-{name}.lock" : null;
        if (path is null)
        {
            lock (InProcess)
            {
                return Task.FromResult<ILeadership?>(InProcess.Add(name) ? new Held(null, () => { lock (InProcess) { InProcess.Remove(name); } }) : null);
            }
        }

        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return Task.FromResult<ILeadership?>(new Held(stream, null));
        }
        catch (IOException)
        {
            return Task.FromResult<ILeadership?>(null);
        }
    }

    /// <summary>A held lock; it is lost only with the process, so <see cref="Lost"/> never fires.</summary>
    private sealed class Held(FileStream? stream, Action? release) : ILeadership
    {
        public CancellationToken Lost => CancellationToken.None;

        public async ValueTask DisposeAsync()
        {
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }

            release?.Invoke();
        }
    }
}
