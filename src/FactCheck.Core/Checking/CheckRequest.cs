namespace FactCheck.Core.Checking;

/// <summary>A message to check, already translated from the platform by an adapter.</summary>
/// <param name="Text">Everything readable in the message: its text, a forward's text, captions, a replied-to text.</param>
/// <param name="UiLanguage">The reply language the user chose or the platform reports ("en", "id"); null to follow the message.</param>
/// <param name="Urls">Links carried outside the text (entities, buttons, embeds), if any.</param>
/// <param name="Platform">Set ("telegram", "discord", "console") when a user asked for this check, so that it counts in
/// the reviewers' statistics (a hash of the text and the outcome, never the text); null for checks nobody asked for
/// (a group's autocheck, the benchmark), which are not recorded.</param>
public sealed record CheckRequest(string Text, string? UiLanguage = null, IReadOnlyList<string>? Urls = null, string? Platform = null);
