using FactCheck.Core.Checking;

namespace FactCheck.Discord.Tests.Fakes;

/// <summary>A checker that breaks, to see that the user still gets an answer.</summary>
internal sealed class FailingCheckService : ICheckService
{
    public Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("index unavailable");
}
