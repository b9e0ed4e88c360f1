using FactCheck.Core.Storage;
using FactCheck.Storage.Relational;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FactCheck.Storage.Postgres;

/// <summary>LISTENs on a connection of its own for the notices the claims trigger sends (migration 0001) and wakes
/// whoever waits in <see cref="NextChangeAsync"/>. A broken connection is opened again after a pause; every (re)connect
/// wakes the waiters too, since notices sent while no one listened are lost.</summary>
public sealed partial class PostgresClaimChangeSignal(PostgresDatabase database, TimeProvider time, ILogger<PostgresClaimChangeSignal> logger)
    : IClaimChangeSignal, IAsyncDisposable
{
    private const string Channel = "factcheck_claim_changes";
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);

    private readonly Lock gate = new();
    private readonly CancellationTokenSource stop = new();
    private TaskCompletionSource next = NewSource();
    private Task? listening;

    public Task NextChangeAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            listening ??= Task.Run(ListenAsync, CancellationToken.None);
        }

        return Volatile.Read(ref next).Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (listening is not null)
        {
            await listening;
        }

        stop.Dispose();
    }

    private void Pulse() => Interlocked.Exchange(ref next, NewSource()).TrySetResult();

    private async Task ListenAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenDedicatedAsync(stop.Token);
                var schema = (string?)await Sql.ScalarAsync(connection, null, "SELECT current_schema()", stop.Token);

                // The payload names the writer's schema: another deployment (or test) in the same database is not our change.
                connection.Notification += (_, e) =>
                {
                    if (e.Payload == schema)
                    {
                        Pulse();
                    }
                };
                await Sql.ExecuteAsync(connection, null, $"LISTEN {Channel}", stop.Token);
                Pulse();
                while (true)
                {
                    await connection.WaitAsync(stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or System.IO.IOException)
            {
                LogListenFailed(logger, e);
            }

            try
            {
                await Task.Delay(Reconnect, time, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for claim changes failed; polling meanwhile and listening again shortly")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
