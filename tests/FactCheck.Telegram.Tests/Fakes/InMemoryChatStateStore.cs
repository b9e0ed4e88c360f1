using System.Collections.Concurrent;
using FactCheck.Core.Storage;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>Chat state in memory; one instance shared by two hosts stands for a database that survives a restart.</summary>
internal sealed class InMemoryChatStateStore : IChatStateStore
{
    private readonly ConcurrentDictionary<string, byte> handled = new();
    private readonly ConcurrentDictionary<string, string> settings = new();

    /// <summary>Every write, in order, as "platform/scope/key=value".</summary>
    public ConcurrentQueue<string> Writes { get; } = new();

    public Task<bool> TryMarkHandledAsync(string platform, string eventId, CancellationToken cancellationToken) =>
        Task.FromResult(handled.TryAdd(platform + "/" + eventId, 0));

    public Task<string?> GetSettingAsync(string platform, string scope, string key, CancellationToken cancellationToken) =>
        Task.FromResult(settings.TryGetValue($"{platform}/{scope}/{key}", out var v) ? v : null);

    public Task SetSettingAsync(string platform, string scope, string key, string? value, CancellationToken cancellationToken)
    {
        Writes.Enqueue($"{platform}/{scope}/{key}={value}");
        if (value is null)
        {
            settings.TryRemove($"{platform}/{scope}/{key}", out _);
        }
        else
        {
            settings[$"{platform}/{scope}/{key}"] = value;
        }

        return Task.CompletedTask;
    }
}
