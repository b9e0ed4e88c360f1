using Microsoft.Extensions.Hosting;

namespace FactCheck.Discord.Interactions;

/// <summary>The interactions listener's lifetime is the bot host's: no Ctrl+C or SIGTERM handling of its own, which would
/// stop it apart from the rest of the bot.</summary>
internal sealed class OwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
