using FactCheck.Core.Storage;

namespace FactCheck.Telegram.Updates;

/// <summary>The adapter's durable settings, kept in <see cref="IChatStateStore"/> under the "telegram" platform (a
/// group's autocheck switch is the conversation's, under the same platform).</summary>
internal sealed class ChatSettings(IChatStateStore store)
{
    public const string Platform = "telegram";

    public Task<bool> TryMarkHandledAsync(int updateId, CancellationToken cancellationToken) =>
        store.TryMarkHandledAsync(Platform, "update:" + updateId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    public Task<string?> GetLanguageAsync(long userId, CancellationToken cancellationToken) =>
        store.GetSettingAsync(Platform, UserScope(userId), "language", cancellationToken);

    public Task SetLanguageAsync(long userId, string language, CancellationToken cancellationToken) =>
        store.SetSettingAsync(Platform, UserScope(userId), "language", language, cancellationToken);

    public async Task<int?> GetOffsetAsync(CancellationToken cancellationToken) =>
        int.TryParse(await store.GetSettingAsync(Platform, "bot", "offset", cancellationToken), out var offset) ? offset : null;

    public Task SetOffsetAsync(int offset, CancellationToken cancellationToken) =>
        store.SetSettingAsync(Platform, "bot", "offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    private static string UserScope(long userId) => "user:" + userId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
