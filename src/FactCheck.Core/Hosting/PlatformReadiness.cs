using System.Collections.Concurrent;

namespace FactCheck.Core.Hosting;

/// <summary>Whether each configured chat platform is connected, as its adapter last reported: /readyz answers 503
/// with the reason while one is not.</summary>
public sealed class PlatformReadiness
{
    private readonly ConcurrentDictionary<string, string?> platforms = new(StringComparer.Ordinal);

    /// <summary>An adapter that will connect registers its platform as not yet connected.</summary>
    public void Expect(string platform) => platforms.TryAdd(platform, "not connected yet");

    /// <summary>The platform answered (a poll returned, the gateway is ready).</summary>
    public void Connected(string platform) => platforms[platform] = null;

    /// <summary>The platform stopped answering; <paramref name="reason"/> is a short phrase without secrets.</summary>
    public void Disconnected(string platform, string reason) => platforms[platform] = reason;

    /// <summary>Each expected platform that is not connected, with why; empty when all are.</summary>
    public IReadOnlyList<string> Problems() =>
        [.. platforms.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}: {p.Value}")];
}
