using FactCheck.Core.Claims;

namespace FactCheck.Core.Replies;

/// <summary>Which of a claim's wordings a reply shows: the one stored in the reply's language, else the claim's own text.</summary>
public static class ClaimWording
{
    /// <summary>The claim's text when it is in <paramref name="replyLanguage"/>, else its first phrasing in that language
    /// (a workTranslation, a translated title), else its text: an Indonesian reply quotes the Indonesian wording when a
    /// fact-checker stored one.</summary>
    public static string For(Claim claim, string replyLanguage)
    {
        if (SameLanguage(claim.Language, replyLanguage))
        {
            return claim.Text;
        }

        return claim.Phrasings.FirstOrDefault(p => SameLanguage(p.Language, replyLanguage) && !string.IsNullOrWhiteSpace(p.Text))?.Text
            ?? claim.Text;
    }

    // "id" and "id-ID" are one language for a reader; "und" and a missing tag are none.
    private static bool SameLanguage(string? tag, string language) =>
        tag is not null && string.Equals(Primary(tag), Primary(language), StringComparison.OrdinalIgnoreCase);

    private static string Primary(string tag)
    {
        var dash = tag.IndexOfAny(['-', '_']);
        return dash < 0 ? tag : tag[..dash];
    }
}
