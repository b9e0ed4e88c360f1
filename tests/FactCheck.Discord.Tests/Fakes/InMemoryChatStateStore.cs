using System.Collections.Concurrent;
using FactCheck.Core.Storage;

namespace FactCheck.Discord.Tests.Fakes;

/// <summary>A chat state store in memory, for hosts built without storage.</summary>
internal sealed class InMemoryChatStateStore : IChatStateStore
{
    private readonly ConcurrentDictionary<string, byte> handled = new();
    private readonly ConcurrentDictionary<string, string> settings = new();

    public Task<bool> TryMarkHandledAsync(string platform, string eventId, CancellationToken cancellationToken) =>
        Task.FromResult(handled.TryAdd(platform + "|" + eventId, 0));

    public Task<string?> GetSettingAsync(string platform, string scope, string key, CancellationToken cancellationToken) =>
        Task.FromResult(settings.TryGetValue($"{platform}|{scope}|{key}", out var v) ? v : null);

    public Task SetSettingAsync(string platform, string scope, string key, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            settings.TryRemove($"{platform}|{scope}|{key}", out _);
        }
        else
        {
            settings[$"{platform}|{scope}|{key}"] = value;
        }

        return Task.CompletedTask;
    }
}
