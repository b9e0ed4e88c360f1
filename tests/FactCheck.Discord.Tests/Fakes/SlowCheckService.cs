using FactCheck.Core.Checking;

namespace FactCheck.Discord.Tests.Fakes;

/// <summary>Delegates to the real checker after a delay, to make an interaction's check slower than the defer threshold.</summary>
internal sealed class SlowCheckService(ICheckService inner, TimeSpan delay) : ICheckService
{
    public async Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, cancellationToken);
        return await inner.CheckAsync(request, cancellationToken);
    }
}
