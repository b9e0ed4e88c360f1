using FactCheck.Tests.Shared;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>Several bot instances on one fake: each instance's sends in flight, and a hold on all of one instance's
/// sends that ends either by letting them through or by dropping them unanswered, as a killed instance's are.</summary>
internal sealed partial class FakeBotApi
{
    private readonly Dictionary<string, InstanceHold> instanceHolds = [];
    private readonly Dictionary<string, int> instanceSends = [];
    private readonly Dictionary<int, string> instancePorts = [];

    /// <summary>The Bot API address for bot instance <paramref name="instance"/>: a port of its own on this fake, so that
    /// its calls are told apart (<see cref="ApiCall.Instance"/>); Telegram:ApiBaseUrl keeps no path to tell them by.</summary>
    public string BaseUrlFor(string instance)
    {
        var port = FreePort();
        lock (gate)
        {
            instancePorts[port] = instance;
        }

        listener?.Prefixes.Add($"http://127.0.0.1:{port}/");
        return $"http://127.0.0.1:{port}";
    }

    /// <summary>sendMessage calls of <paramref name="instance"/> that reached the fake and are not answered yet
    /// (held ones included).</summary>
    public int SendsInFlightOf(string instance)
    {
        lock (gate)
        {
            return instanceSends.GetValueOrDefault(instance);
        }
    }

    /// <summary>From now on, every sendMessage of <paramref name="instance"/> waits until the hold is released or dropped.</summary>
    public InstanceHold HoldInstance(string instance)
    {
        var hold = new InstanceHold(this, instance);
        lock (gate)
        {
            instanceHolds[instance] = hold;
        }

        return hold;
    }

    /// <summary>Waits (generously) until <paramref name="condition"/> holds, looking again at every call the fake records,
    /// every send held and every webhook delivery made (<see cref="Balance"/>).</summary>
    public async Task WaitUntilAsync(Func<bool> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var next = changed.Next;
            if (condition())
            {
                return;
            }

            if (!await ChangeSignal.BeforeAsync(next, deadline))
            {
                throw new TimeoutException($"Waited {seconds} s for {what}.");
            }
        }
    }

    private string? InstanceOf(System.Net.HttpListenerRequest request)
    {
        lock (gate)
        {
            return instancePorts.GetValueOrDefault(request.LocalEndPoint.Port);
        }
    }

    private Task<bool> PassInstanceAsync(string? instance)
    {
        if (instance is null)
        {
            return Task.FromResult(true);
        }

        InstanceHold? hold;
        lock (gate)
        {
            instanceSends[instance] = instanceSends.GetValueOrDefault(instance) + 1;
            hold = instanceHolds.GetValueOrDefault(instance);
        }

        Changed();
        return hold?.PassAsync() ?? Task.FromResult(true);
    }

    private void LeaveInstance(string? instance)
    {
        if (instance is null)
        {
            return;
        }

        lock (gate)
        {
            instanceSends[instance]--;
        }

        Changed();
    }

    private void Unhold(InstanceHold hold)
    {
        lock (gate)
        {
            if (instanceHolds.GetValueOrDefault(hold.Instance) == hold)
            {
                instanceHolds.Remove(hold.Instance);
            }
        }
    }

    /// <summary>Keeps one instance's sendMessage calls waiting; <see cref="Drop"/> fails them unanswered (the connection
    /// is aborted and the call recorded with status 0), <see cref="Release"/> lets them through.</summary>
    public sealed class InstanceHold(FakeBotApi api, string instance)
    {
        private readonly TaskCompletionSource<bool> outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int held;

        public string Instance => instance;

        /// <summary>sendMessage calls that reached the hold.</summary>
        public int Held => Volatile.Read(ref held);

        /// <summary>The instance is dead: the calls waiting are never answered, and neither is any later call of it. A
        /// killed process's last request can still reach the fake after the kill (its bytes were on their way), and a
        /// dead instance's reply must not count as delivered. A restarted instance takes a new name.</summary>
        public void Drop() => outcome.TrySetResult(false);

        /// <summary>Ends the hold: the calls waiting are answered, and later calls go through as usual.</summary>
        public void Release()
        {
            api.Unhold(this);
            outcome.TrySetResult(true);
        }

        internal Task<bool> PassAsync()
        {
            Interlocked.Increment(ref held);
            api.Changed();
            return outcome.Task;
        }
    }
}
