using FactCheck.Core.Tips.Desk;
using Telegram.Bot.Types.ReplyMarkups;

namespace FactCheck.Telegram.Tipline;

/// <summary>The "Send to reviewers" button under an answer without a confident match.</summary>
/// <remarks>It carries no text and nothing is stored when it is shown: on a press, the text is read from the message
/// our answer replies to, so an unsubmitted check leaves no trace.</remarks>
internal static class SubmitButton
{
    /// <summary>The callback data of the button (1-64 bytes; versioned by its prefix should it ever carry more).</summary>
    public const string Data = "tip:submit";

    /// <summary>The one-button keyboard, labelled in <paramref name="language"/>.</summary>
    public static InlineKeyboardMarkup For(string language) =>
        new(InlineKeyboardButton.WithCallbackData(TipDeskText.For(language).SubmitButton, Data));
}
