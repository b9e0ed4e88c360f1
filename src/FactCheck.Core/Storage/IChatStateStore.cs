namespace FactCheck.Core.Storage;

/// <summary>Small durable state of the chat adapters: events already handled, and per-chat/per-user settings.</summary>
/// <remarks>
/// Settings are plain strings under (platform, scope, key), e.g. ("telegram", "chat:-1001", "autocheck") = "on",
/// ("telegram", "user:42", "language") = "id", ("discord", "guild:9", "context_menu_visibility") = "ephemeral",
/// ("telegram", "bot", "offset") = "12345".
/// </remarks>
public interface IChatStateStore
{
    /// <summary>Records that an event was handled; false when it already was (so it must not be handled again).</summary>
    Task<bool> TryMarkHandledAsync(string platform, string eventId, CancellationToken cancellationToken);

    /// <summary>A setting's value, or null when it was never set.</summary>
    Task<string?> GetSettingAsync(string platform, string scope, string key, CancellationToken cancellationToken);

    /// <summary>Sets a setting; null removes it.</summary>
    Task SetSettingAsync(string platform, string scope, string key, string? value, CancellationToken cancellationToken);
}
