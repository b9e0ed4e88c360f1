using System.Text;

namespace FactCheck.Bot.Tests;

/// <summary>A StringWriter that says when something was written, so a test waits for the bot's output as an event
/// instead of polling it on a timer.</summary>
/// <remarks>Every other Write/WriteLine (sync or async) of StringWriter and TextWriter ends in one of these overrides.</remarks>
internal sealed class WatchedWriter : StringWriter
{
    private TaskCompletionSource written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Waits until the text written so far contains <paramref name="part"/>.</summary>
    public async Task ContainsAsync(string part, TimeSpan atMost)
    {
        using var timeout = new CancellationTokenSource(atMost);
        while (true)
        {
            var next = Volatile.Read(ref written).Task;

            // The chat writes under a lock on its writer (notifications come from other threads); read under it too.
            lock (this)
            {
                if (ToString().Contains(part, StringComparison.Ordinal))
                {
                    return;
                }
            }

            await next.WaitAsync(timeout.Token);
        }
    }

    public override void Write(char value)
    {
        base.Write(value);
        Signal();
    }

    public override void Write(char[] buffer, int index, int count)
    {
        base.Write(buffer, index, count);
        Signal();
    }

    public override void Write(string? value)
    {
        base.Write(value);
        Signal();
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        base.Write(buffer);
        Signal();
    }

    public override void Write(StringBuilder? value)
    {
        base.Write(value);
        Signal();
    }

    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        base.WriteLine(buffer);
        Signal();
    }

    public override void WriteLine(StringBuilder? value)
    {
        base.WriteLine(value);
        Signal();
    }

    private void Signal() => Interlocked.Exchange(ref written, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
