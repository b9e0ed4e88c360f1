using System.Reflection;
using FactCheck.Core.Storage;

namespace FactCheck.Discord.Tests.Fakes;

/// <summary>The real chat-state store, except that marking an interaction handled fails, or waits for a gate the test
/// holds: a handler that throws, or one that is still busy when Discord's 3 seconds are over.</summary>
/// <remarks>A proxy rather than a hand-written class, so members added to the interface later pass straight through.</remarks>
public class TroubledStateStore : DispatchProxy
{
    private IChatStateStore inner = null!;
    private Task? gate;

    /// <summary>A store whose interaction marks throw (<paramref name="gate"/> null) or wait for <paramref name="gate"/>.</summary>
    public static IChatStateStore Around(IChatStateStore inner, Task? gate = null)
    {
        var proxy = Create<IChatStateStore, TroubledStateStore>();
        var troubled = (TroubledStateStore)(object)proxy;
        troubled.inner = inner;
        troubled.gate = gate;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod?.Name == nameof(IChatStateStore.TryMarkHandledAsync) && args?[1] is string id && id.StartsWith("interaction:", StringComparison.Ordinal))
        {
            return gate is null ? Task.FromException<bool>(new InvalidOperationException("the store is unavailable")) : HeldAsync(args);
        }

        return targetMethod!.Invoke(inner, args);
    }

    private async Task<bool> HeldAsync(object?[] args)
    {
        await gate!;
        return await inner.TryMarkHandledAsync((string)args[0]!, (string)args[1]!, (CancellationToken)args[2]!);
    }
}
