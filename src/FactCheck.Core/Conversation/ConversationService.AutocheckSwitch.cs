using System.Collections.Concurrent;
using FactCheck.Core.Conversation.Commands;

namespace FactCheck.Core.Conversation;

/// <summary>The autocheck switch, once for every surface: it works only where others read along (a group, a server
/// channel), only for whoever the platform says moderates that place, and it is kept per chat in the chat-state store
/// under (platform, "chat:ID", "autocheck"), the key Telegram's groups have always used.</summary>
public sealed partial class ConversationService
{
    private const string AutocheckKey = "autocheck";
    private const string AutocheckOn = "on";

    // Without a store (tests, a bare console) the switch lasts as long as the process.
    private readonly ConcurrentDictionary<string, bool> autocheckInMemory = new(StringComparer.Ordinal);

    /// <summary>True when autocheck is switched on in <paramref name="chatId"/> on <paramref name="platform"/>.</summary>
    public async Task<bool> IsAutocheckOnAsync(Platform platform, string chatId, CancellationToken cancellationToken) =>
        settings is null
            ? autocheckInMemory.GetValueOrDefault(platform.Name + ":" + chatId)
            : await settings.GetSettingAsync(platform.Name, ChatScope(chatId), AutocheckKey, cancellationToken) == AutocheckOn;

    /// <summary>Switches autocheck in the chat <paramref name="incoming"/> came from, and says what happened in the
    /// caller's language. Refused in a private chat (everything is checked there anyway) and for a caller who does not
    /// moderate the chat.</summary>
    /// <param name="incoming">Who asked, where (<see cref="Incoming.SeenByOthers"/> tells a group from a private chat).</param>
    /// <param name="command">On, off, or a toggle.</param>
    /// <param name="isModerator">Asks the platform whether the caller may moderate this chat (Telegram: an admin;
    /// Discord: Manage Channels). Asked only in a group; not knowing must answer false.</param>
    /// <param name="cancellationToken">Stops the store and the platform's lookup.</param>
    public async Task<Answer> SwitchAutocheckAsync(
        Incoming incoming, Autocheck command, Func<CancellationToken, Task<bool>> isModerator, CancellationToken cancellationToken)
    {
        var language = await ChosenLanguageAsync(incoming, cancellationToken) ?? "en";
        var texts = AutocheckTexts.For(incoming.Platform, language);
        Answer answer;
        if (!incoming.SeenByOthers)
        {
            answer = new Answer(AnswerKind.Refused, language, texts.GroupsOnly, Command: command.Name);
        }
        else if (!await isModerator(cancellationToken))
        {
            answer = new Answer(AnswerKind.Refused, language, texts.ModeratorsOnly, Command: command.Name);
        }
        else
        {
            var on = command.On ?? !await IsAutocheckOnAsync(incoming.Platform, incoming.ChatId, cancellationToken);
            await SetAutocheckAsync(incoming.Platform, incoming.ChatId, on, cancellationToken);
            var text = on ? ConversationTexts.Format(texts.On, options.AutocheckRepliesPerChatPerHour) : texts.Off;
            answer = new Answer(AnswerKind.Text, language, text, Command: command.Name);
        }

        observer?.Answered(incoming, answer);
        return answer;
    }

    private async Task SetAutocheckAsync(Platform platform, string chatId, bool on, CancellationToken cancellationToken)
    {
        if (settings is null)
        {
            autocheckInMemory[platform.Name + ":" + chatId] = on;
            return;
        }

        // Off removes the row: a chat that never had autocheck and one that switched it off look the same.
        await settings.SetSettingAsync(platform.Name, ChatScope(chatId), AutocheckKey, on ? AutocheckOn : null, cancellationToken);
    }

    private static string ChatScope(string chatId) => "chat:" + chatId;
}
