using FactCheck.Core.Conversation;
using FactCheck.Core.Tips.Desk;
using FactCheck.Discord.Model;
using FactCheck.Discord.Tips;

namespace FactCheck.Discord.Rendering;

/// <summary>The conversation's <see cref="Answer"/> as a Discord message: a report as embeds, every other answer as
/// escaped content, the offer as the "Send to reviewers" button. Rendering only: the rules are the conversation's.</summary>
internal sealed class DiscordAnswers(DiscordEmbedRenderer renderer, SubmittableTexts texts)
{
    /// <summary>custom_id of the button: this prefix, then the key of the text in <see cref="SubmittableTexts"/>.</summary>
    public const string SubmitPrefix = "tip:submit:";

    /// <summary>The message for <paramref name="answer"/>, or null when the answer is silence.</summary>
    public InteractionMessage? Render(Answer answer)
    {
        if (answer.Kind == AnswerKind.Silent)
        {
            return null;
        }

        if (answer.Kind != AnswerKind.Report)
        {
            return new InteractionMessage(AllowedMentions: AllowedMentions.None, Content: DiscordContent.From(answer.Text ?? string.Empty));
        }

        // The button keeps the text (and the answer's language, which the notification will be written in) in memory.
        var components = answer.OffersSubmit && answer.Submittable is { } text
            ? Component.SingleButton(TipDeskText.For(answer.Language).SubmitButton, SubmitPrefix + texts.Add(text, answer.Language))
            : null;
        // An image's answer first says which text was read from it (or why none was).
        var preface = answer.Text is { Length: > 0 } line ? DiscordContent.From(line) : null;
        return new InteractionMessage(renderer.Render(answer.Report!), AllowedMentions.None, Content: preface, Components: components);
    }
}
