using FactCheck.Core.Tips.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Tests.Shared.Outbox;

/// <summary>"Nothing more will be sent" without a fixed sleep: wakes the host's outbox and waits until a delivery pass
/// that started after this call has completed, so every row pending now has been tried (and a duplicate would be out).</summary>
internal static class OutboxBarrier
{
    public static async Task PassAsync(IServiceProvider services, string platform)
    {
        var progress = services.GetRequiredService<TipOutboxProgress>();
        var signal = services.GetRequiredService<TipOutboxSignal>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        // The pass running now may have read the rows before the action under test; the one after it has not.
        var target = progress.Count(platform) + 2;
        while (progress.Count(platform) < target)
        {
            signal.Pulse();
            var next = progress.Count(platform) + 1;
            await progress.WaitForAsync(platform, next, timeout.Token);
        }
    }
}
