namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>Holding sendMessage: a test keeps the answers to a chat back until it opens the gate, and sees how many sends wait at once.</summary>
internal sealed partial class FakeBotApi
{
    private readonly Dictionary<long, ChatGate> gates = [];
    private int sendsInFlight;
    private int maxSendsInFlight;

    /// <summary>The most sendMessage calls the fake was answering at one moment.</summary>
    public int MaxSendsInFlight => Volatile.Read(ref maxSendsInFlight);

    /// <summary>The sendMessage calls being answered right now (held ones included).</summary>
    public int SendsInFlight => Volatile.Read(ref sendsInFlight);

    /// <summary>From now on, sendMessage to <paramref name="chatId"/> is answered only once the returned gate is opened.</summary>
    public ChatGate Hold(long chatId)
    {
        var held = new ChatGate();
        lock (gate)
        {
            gates[chatId] = held;
        }

        return held;
    }

    /// <summary>Counts the send in; false when it is to be dropped unanswered (see <see cref="HoldInstance"/>).</summary>
    private async Task<bool> EnterSendAsync(long chatId, string? instance)
    {
        var now = Interlocked.Increment(ref sendsInFlight);
        for (var seen = Volatile.Read(ref maxSendsInFlight); now > seen; seen = Volatile.Read(ref maxSendsInFlight))
        {
            if (Interlocked.CompareExchange(ref maxSendsInFlight, now, seen) == seen)
            {
                break;
            }
        }

        ChatGate? held;
        lock (gate)
        {
            held = gates.GetValueOrDefault(chatId);
        }

        if (held is not null)
        {
            await held.PassAsync();
        }

        return await PassInstanceAsync(instance);
    }

    private void LeaveSend(string? instance)
    {
        Interlocked.Decrement(ref sendsInFlight);
        LeaveInstance(instance);
    }

    private void OpenAllGates()
    {
        lock (gate)
        {
            foreach (var held in gates.Values)
            {
                held.Open();
            }

            foreach (var held in instanceHolds.Values.ToList())
            {
                held.Release();
            }
        }
    }

    /// <summary>Keeps sendMessage calls to one chat waiting until opened; counts the calls that arrived.</summary>
    public sealed class ChatGate
    {
        private readonly TaskCompletionSource open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource firstArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int arrived;

        /// <summary>sendMessage calls that reached the gate (waiting or let through).</summary>
        public int Arrived => Volatile.Read(ref arrived);

        public void Open() => open.TrySetResult();

        /// <summary>Waits (generously) until a sendMessage call is held at the gate.</summary>
        public Task ArrivedAsync() => firstArrived.Task.WaitAsync(TimeSpan.FromSeconds(20));

        internal Task PassAsync()
        {
            Interlocked.Increment(ref arrived);
            firstArrived.TrySetResult();
            return open.Task;
        }
    }
}
