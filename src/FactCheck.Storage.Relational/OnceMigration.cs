namespace FactCheck.Storage.Relational;

/// <summary>A database's migration, run once per process however many callers ask at once; a failed or cancelled
/// attempt is retried by the next caller.</summary>
internal sealed class OnceMigration(Func<Task> migrate)
{
    private readonly Lock gate = new();
    private Task? migration;

    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (migration is null || migration.IsFaulted || migration.IsCanceled)
            {
                // Shared by every caller, so no single caller's token may cancel it; each caller stops waiting on its own token.
                migration = migrate();
            }

            return migration.WaitAsync(cancellationToken);
        }
    }
}
