using FactCheck.Core.Checking;

namespace FactCheck.Bot.Tests.Surfaces;

/// <summary>The host's checker, made to throw on demand: a failing check must still get one apology.</summary>
internal sealed class SwitchableChecker(ICheckService inner) : ICheckService
{
    public volatile bool Fail;

    public Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken) =>
        Fail ? throw new InvalidOperationException("The index is gone (a test's failure).") : inner.CheckAsync(request, cancellationToken);
}
