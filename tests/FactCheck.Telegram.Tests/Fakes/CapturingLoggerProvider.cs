using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>Keeps every log line (with its exception text) so that a test can check what the bot writes to its logs.</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    private TaskCompletionSource logged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<(LogLevel Level, string Category, string Text)> Lines { get; } = new();

    /// <summary>Waits until <paramref name="count"/> lines match <paramref name="predicate"/>: an event, not a sleep.</summary>
    public async Task WaitForAsync(Func<(LogLevel Level, string Category, string Text), bool> predicate, int count = 1, int seconds = 30)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        while (true)
        {
            var next = Volatile.Read(ref logged).Task;
            if (Lines.Count(predicate) >= count)
            {
                return;
            }

            await next.WaitAsync(timeout.Token);
        }
    }

    private void Add(LogLevel level, string category, string text)
    {
        Lines.Enqueue((level, category, text));
        Interlocked.Exchange(ref logged, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(logLevel, category, formatter(state, exception) + "\n" + exception);
    }
}
