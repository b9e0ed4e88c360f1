using System.Collections.Concurrent;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Tests.Conversation;

/// <summary>The chat-state store in a dictionary, so a test can read exactly which key the conversation wrote (the
/// relational stores' own contract tests cover durability).</summary>
internal sealed class MemoryChatStateStore : IChatStateStore
{
    private readonly ConcurrentDictionary<(string Platform, string Scope, string Key), string> settings = new();
    private readonly ConcurrentDictionary<(string Platform, string EventId), bool> handled = new();

    public IReadOnlyDictionary<(string Platform, string Scope, string Key), string> Settings => settings;

    public Task<bool> TryMarkHandledAsync(string platform, string eventId, CancellationToken cancellationToken) =>
        Task.FromResult(handled.TryAdd((platform, eventId), true));

    public Task<string?> GetSettingAsync(string platform, string scope, string key, CancellationToken cancellationToken) =>
        Task.FromResult(settings.TryGetValue((platform, scope, key), out var value) ? value : null);

    public Task SetSettingAsync(string platform, string scope, string key, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            settings.TryRemove((platform, scope, key), out _);
        }
        else
        {
            settings[(platform, scope, key)] = value;
        }

        return Task.CompletedTask;
    }
}
