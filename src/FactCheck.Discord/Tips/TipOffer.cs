using FactCheck.Core.Checking;
using FactCheck.Core.Tips.Desk;
using FactCheck.Discord.Model;

namespace FactCheck.Discord.Tips;

/// <summary>The "Send to reviewers" button under an answer that found no confident match.</summary>
internal sealed class TipOffer(SubmittableTexts texts)
{
    /// <summary>custom_id of the button: this prefix, then the key of the text in <see cref="SubmittableTexts"/>.</summary>
    public const string Prefix = "tip:submit:";

    /// <summary>The button for <paramref name="report"/>, or null when a verdict was found or there is nothing to submit.</summary>
    public IReadOnlyList<Component>? For(CheckReport report, string checkedText)
    {
        if (report.HasReply || report.Note is InputNote.Empty or InputNote.NothingToCheck || string.IsNullOrWhiteSpace(checkedText))
        {
            return null;
        }

        // The answer's language is the asker's: their notification will be written in it.
        var language = TipCaller.LanguageOf(report.UiLanguage);
        var key = texts.Add(checkedText, language);
        return Component.SingleButton(TipDeskText.For(language).SubmitButton, Prefix + key);
    }
}
