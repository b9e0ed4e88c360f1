using System.Collections.Concurrent;

namespace FactCheck.Core.Hosting;

/// <summary>Whether each configured chat platform is connected, as its adapter last reported: /readyz answers 503
/// with the reason while one is not.</summary>
public sealed class PlatformReadiness
{
    private readonly ConcurrentDictionary<string, string?> platforms = new(StringComparer.Ordinal);

    /// <summary>Raised when a platform's state changes (connected or not), with the platform's name.</summary>
    public event Action<string>? Changed;

    /// <summary>An adapter that will connect registers its platform as not yet connected.</summary>
    public void Expect(string platform) => platforms.TryAdd(platform, "not connected yet");

    /// <summary>The platform answered (a poll returned, the gateway is ready).</summary>
    public void Connected(string platform) => Set(platform, null);

    /// <summary>The platform stopped answering; <paramref name="reason"/> is a short phrase without secrets.</summary>
    public void Disconnected(string platform, string reason) => Set(platform, reason);

    private void Set(string platform, string? reason)
    {
        var before = platforms.TryGetValue(platform, out var was) ? was : "unknown";
        platforms[platform] = reason;
        if ((before is null) != (reason is null))
        {
            Changed?.Invoke(platform);
        }
    }

    /// <summary>True once <paramref name="platform"/> has reported connected, until it reports otherwise.</summary>
    public bool IsConnected(string platform) => platforms.TryGetValue(platform, out var reason) && reason is null;

    /// <summary>Each expected platform that is not connected, with why; empty when all are.</summary>
    public IReadOnlyList<string> Problems() =>
        [.. platforms.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}")];
}
