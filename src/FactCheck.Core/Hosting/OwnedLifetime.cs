using Microsoft.Extensions.Hosting;

namespace FactCheck.Core.Hosting;

/// <summary>For a listener an adapter runs inside the bot (a web application of its own): its lifetime is the bot
/// host's, with no Ctrl+C or SIGTERM handling of its own, which would stop it apart from the rest of the bot.</summary>
public sealed class OwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
