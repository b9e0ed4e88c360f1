using Telegram.Bot.Types;

namespace FactCheck.Telegram.Hosting;

/// <summary>The lane of an update: updates with the same key are handled one after another, in the order they came.</summary>
/// <remarks>
/// A message, and a button press under a message, belong to that message's chat: a group's answers come in the order
/// its members asked. An inline query, or a press under an inline-mode message (which has no chat), belongs to the
/// user. A user's id is also the id of their private chat with the bot (groups have negative ids), so what one user
/// does in that chat, inline or with buttons stays in one order.
/// </remarks>
internal static class UpdateKey
{
    public static long Of(Update update) => update switch
    {
        { Message: { } message } => message.Chat.Id,
        { CallbackQuery: { Message: { } message } } => message.Chat.Id,
        { CallbackQuery: { } press } => press.From.Id,
        { InlineQuery: { } query } => query.From.Id,

        // Not asked for (see PollingLoop.AllowedUpdates) and ignored by the router: one shared lane is enough.
        _ => 0,
    };
}
