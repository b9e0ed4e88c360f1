using FactCheck.Core.Checking;

namespace FactCheck.Discord.Tests.Fakes;

/// <summary>Holds every check until the test opens the gate, then delegates to the real checker: a check "slower than
/// the defer threshold" for exactly as long as the test needs, with no clock involved.</summary>
internal sealed class SlowCheckService(ICheckService inner) : ICheckService
{
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets the held checks (and every later one) through.</summary>
    public void Open() => gate.TrySetResult();

    public async Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        await gate.Task.WaitAsync(cancellationToken);
        return await inner.CheckAsync(request, cancellationToken);
    }
}
