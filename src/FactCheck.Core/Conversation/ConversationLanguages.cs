using System.Collections.Concurrent;

namespace FactCheck.Core.Conversation;

/// <summary>The language each conversation was last held in, so that a message with no language of its own (emoji, a
/// link, a number) is answered in the conversation's language rather than in English. In memory and bounded.</summary>
internal sealed class ConversationLanguages
{
    private const int Capacity = 50_000;
    private readonly ConcurrentDictionary<string, string> languages = new(StringComparer.Ordinal);

    public string? Of(string key) => languages.TryGetValue(key, out var language) ? language : null;

    public void Remember(string key, string language)
    {
        if (languages.Count >= Capacity)
        {
            // Rare and cheap: forgetting only costs a stranger's emoji an English answer.
            languages.Clear();
        }

        languages[key] = language;
    }

    public void Forget(string key) => languages.TryRemove(key, out _);
}
