namespace FactCheck.Core.Checking;

/// <summary>A message to check, already translated from the platform by an adapter.</summary>
/// <param name="Text">Everything readable in the message: its text, a forward's text, captions, a replied-to text.</param>
/// <param name="UiLanguage">The reply language the user chose or the platform reports ("en", "id"); null to follow the message.</param>
/// <param name="Urls">Links carried outside the text (entities, buttons, embeds), if any.</param>
public sealed record CheckRequest(string Text, string? UiLanguage = null, IReadOnlyList<string>? Urls = null);
