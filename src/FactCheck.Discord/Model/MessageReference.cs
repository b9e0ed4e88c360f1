namespace FactCheck.Discord.Model;

/// <summary>Makes a new message a reply; fail_if_not_exists false keeps the answer when the original was deleted.</summary>
public sealed record MessageReference(string MessageId, string? ChannelId = null, bool FailIfNotExists = false);
