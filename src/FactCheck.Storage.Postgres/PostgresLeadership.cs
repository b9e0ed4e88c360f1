using FactCheck.Core.Storage;
using FactCheck.Storage.Relational;
using Npgsql;

namespace FactCheck.Storage.Postgres;

/// <summary>A held advisory lock: a watchdog asks the server every interval, and <see cref="Lost"/> fires when it cannot
/// answer (the lock may then be another instance's). Disposing closes the connection, which releases the lock.</summary>
internal sealed class PostgresLeadership : ILeadership
{
    private readonly NpgsqlConnection connection;
    private readonly CancellationTokenSource lost = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task watchdog;

    public PostgresLeadership(NpgsqlConnection connection, TimeProvider time, TimeSpan interval)
    {
        this.connection = connection;
        watchdog = WatchAsync(time, interval);
    }

    public CancellationToken Lost => lost.Token;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await watchdog;
        await connection.DisposeAsync();
        lost.Dispose();
        stop.Dispose();
    }

    private async Task WatchAsync(TimeProvider time, TimeSpan interval)
    {
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                using var answer = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                answer.CancelAfter(interval);
                await Sql.ExecuteAsync(connection, null, "SELECT 1", answer.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Released by the holder.
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            await lost.CancelAsync();
        }
    }
}
