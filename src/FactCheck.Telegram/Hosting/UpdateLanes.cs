using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace FactCheck.Telegram.Hosting;

/// <summary>Handles updates of different chats side by side, at most a set number at once, and the updates of one
/// chat (see <see cref="UpdateKey"/>) one after another in the order they were dispatched.</summary>
/// <remarks>
/// A slow reply (a 429 wait, a slow network) then delays only its own chat. An update waiting for its chat's turn
/// holds no slot, so a stuck chat never keeps other chats waiting. Once <c>stopStarting</c> is cancelled, updates not
/// yet started are left alone (polling asks for them again after a restart); those running finish or see <c>abort</c>.
/// </remarks>
internal sealed partial class UpdateLanes(
    Func<Update, CancellationToken, Task> handle,
    int maxConcurrent,
    ILogger logger,
    CancellationToken stopStarting,
    CancellationToken abort) : IDisposable
{
    // Dispatched but not done: a chat stuck for long cannot make the backlog (and memory) grow without end.
    private const int MaxBacklog = 1000;

    private readonly Lock gate = new();
    private readonly Dictionary<long, Lane> lanes = [];
    private readonly SemaphoreSlim slots = new(maxConcurrent, maxConcurrent);
    private readonly SemaphoreSlim backlog = new(MaxBacklog, MaxBacklog);
    private int outstanding;
    private TaskCompletionSource? idle;

    /// <summary>Updates dispatched and not yet done (running or waiting for their turn).</summary>
    public int Pending
    {
        get
        {
            lock (gate)
            {
                return outstanding;
            }
        }
    }

    /// <summary>Queues <paramref name="update"/> behind its chat's earlier updates; waits only while the backlog is full.</summary>
    public async Task DispatchAsync(Update update, CancellationToken cancellationToken)
    {
        await backlog.WaitAsync(cancellationToken);
        var key = UpdateKey.Of(update);
        lock (gate)
        {
            if (!lanes.TryGetValue(key, out var lane))
            {
                lanes[key] = lane = new Lane();
            }

            lane.Count++;
            outstanding++;
            var previous = lane.Tail;

            // Task.Run: the handler must start neither inside this lock nor on the receiving loop's thread.
            lane.Tail = Task.Run(() => RunAsync(key, lane, previous, update), CancellationToken.None);
        }
    }

    /// <summary>Completes when every dispatched update is done, not started (after a stop) or aborted.</summary>
    public Task DrainAsync()
    {
        lock (gate)
        {
            if (outstanding == 0)
            {
                return Task.CompletedTask;
            }

            idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return idle.Task;
        }
    }

    public void Dispose()
    {
        slots.Dispose();
        backlog.Dispose();
    }

    private async Task RunAsync(long key, Lane lane, Task previous, Update update)
    {
        try
        {
            // The previous update of this chat never throws (see below); whatever became of it, this one goes next.
            await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            await RunInSlotAsync(update);
        }
        finally
        {
            backlog.Release();
            lock (gate)
            {
                if (--lane.Count == 0)
                {
                    lanes.Remove(key);
                }

                if (--outstanding == 0)
                {
                    idle?.TrySetResult();
                }
            }
        }
    }

    private async Task RunInSlotAsync(Update update)
    {
        try
        {
            await slots.WaitAsync(abort);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            if (stopStarting.IsCancellationRequested)
            {
                LogNotStarted(update.Id);
                return;
            }

            await handle(update, abort);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            LogAborted(update.Id);
        }
        catch (Exception e)
        {
            // The router logs and swallows a handler's failure; this is the last net, so that the chat's next update still runs.
            LogFailed(e, update.Id);
        }
        finally
        {
            slots.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {UpdateId} not started: stopping (it is asked for again after a restart)")]
    private partial void LogNotStarted(int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {UpdateId} was cut short: the host stopped waiting for it")]
    private partial void LogAborted(int updateId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} failed outside the router")]
    private partial void LogFailed(Exception exception, int updateId);

    private sealed class Lane
    {
        public Task Tail { get; set; } = Task.CompletedTask;

        public int Count { get; set; }
    }
}
