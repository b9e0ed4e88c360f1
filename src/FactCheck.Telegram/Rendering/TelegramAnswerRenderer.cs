using System.Globalization;
using FactCheck.Core.Conversation;

namespace FactCheck.Telegram.Rendering;

/// <summary>The conversation's <see cref="Answer"/> as Telegram HTML messages; the offer becomes the inline button under
/// the last one (see Tipline.SubmitButton). Rendering only: the rules are the conversation's.</summary>
internal static class TelegramAnswerRenderer
{
    /// <summary>The messages to send (none for a silent answer).</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="botUsername">For help's inline-mode line and the "press Start" hint.</param>
    public static IReadOnlyList<string> Render(Answer answer, string botUsername)
    {
        var texts = BotTexts.For(answer.Language);
        switch (answer.Kind)
        {
            case AnswerKind.Silent:
                return [];
            case AnswerKind.Report when answer.Text is { Length: > 0 } preface:
                // An image's answer first says which text was read from it (or why none was).
                var parts = TelegramHtmlRenderer.Render(answer.Report!).ToList();
                var line = "<i>" + TelegramHtml.Escape(preface) + "</i>";
                if (line.Length + 2 + parts[0].Length <= TelegramHtml.MaxMessageLength)
                {
                    parts[0] = line + "\n\n" + parts[0];
                }
                else
                {
                    parts.InsertRange(0, PlainTextParts.Of(preface));
                }

                return parts;
            case AnswerKind.Report:
                return TelegramHtmlRenderer.Render(answer.Report!);
            case AnswerKind.Help:
                // The conversation's help, then what only Telegram has (groups, inline mode, autocheck).
                var extras = string.Format(CultureInfo.InvariantCulture, texts.Help, TelegramHtml.Escape(botUsername));
                return [TelegramHtml.Escape(answer.Text ?? string.Empty) + "\n\n" + extras.TrimEnd()];
        }

        var text = answer.Text ?? string.Empty;
        if (answer.PromisedPrivately)
        {
            // Telegram lets no bot write first to a user who never started it.
            text += "\n\n" + string.Format(CultureInfo.InvariantCulture, texts.StartPrivateChat, botUsername);
        }

        return PlainTextParts.Of(text);
    }
}
