using FactCheck.Core.Storage;

namespace FactCheck.Telegram.Tests.Fakes;

/// <summary>A store whose first write of each kind fails, as a locked or full database would.</summary>
internal sealed class FailingOnceChatStateStore(IChatStateStore inner) : IChatStateStore
{
    private int markFailures;
    private int settingFailures;

    public async Task<bool> TryMarkHandledAsync(string platform, string eventId, CancellationToken cancellationToken) =>
        Interlocked.Exchange(ref markFailures, 1) == 0
            ? throw new IOException("database is locked")
            : await inner.TryMarkHandledAsync(platform, eventId, cancellationToken);

    public Task<string?> GetSettingAsync(string platform, string scope, string key, CancellationToken cancellationToken) =>
        inner.GetSettingAsync(platform, scope, key, cancellationToken);

    public Task SetSettingAsync(string platform, string scope, string key, string? value, CancellationToken cancellationToken) =>
        Interlocked.Exchange(ref settingFailures, 1) == 0
            ? throw new IOException("disk full")
            : inner.SetSettingAsync(platform, scope, key, value, cancellationToken);
}
