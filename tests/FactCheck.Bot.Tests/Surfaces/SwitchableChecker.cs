using FactCheck.Core.Checking;

namespace FactCheck.Bot.Tests.Surfaces;

/// <summary>The host's checker, made to throw on demand: a failing check must still get one apology.</summary>
/// <remarks>The switch is shared, so it holds for every instance a host may build of the decorated checker.</remarks>
internal sealed class SwitchableChecker(ICheckService inner, FailSwitch failing) : ICheckService
{
    public Task<CheckReport> CheckAsync(CheckRequest request, CancellationToken cancellationToken) =>
        failing.On ? throw new InvalidOperationException("The index is gone (a test's failure).") : inner.CheckAsync(request, cancellationToken);
}
