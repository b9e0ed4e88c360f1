using FactCheck.Core.Conversation;
using FactCheck.Core.Replies;

namespace FactCheck.Bot.ConsoleChat;

/// <summary>Renders the conversation's answers as console text; nothing more (the rules are the conversation's).</summary>
internal static class ConsoleRenderer
{
    /// <summary>The answer's text; the "send to reviewers" offer as one whole line naming /submit, once.</summary>
    public static string Render(Answer answer)
    {
        switch (answer.Kind)
        {
            case AnswerKind.Silent:
                return string.Empty;
            case AnswerKind.Help:
                return answer.Text + Environment.NewLine + Environment.NewLine + ConsoleHelp(answer.Language);
            case not AnswerKind.Report:
                return answer.Text ?? string.Empty;
        }

        var text = PlainTextRenderer.Render(answer.Report!).TrimEnd();
        if (answer.Text is { Length: > 0 } preface)
        {
            // An image's answer first says which text was read from it.
            text = preface + Environment.NewLine + Environment.NewLine + text;
        }

        if (!answer.OffersSubmit)
        {
            return text;
        }

        // The report's own "you can send it to our reviewers" line (a no-match) gives way to the console's
        // wording of the offer, which says how.
        var offerLine = UiText.For(answer.Language).NoMatchOffer;
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l != offerLine);
        return string.Join(Environment.NewLine, lines) + Environment.NewLine + ConversationTexts.For(answer.Language).SubmitHint;
    }

    // What only the console has: leaving it.
    private static string ConsoleHelp(string language) =>
        language == "id"
            ? "/image PATH – baca teks sebuah gambar lalu cek\n/quit – keluar dari obrolan"
            : "/image PATH – read an image's text and check it\n/quit – leave the chat";
}
