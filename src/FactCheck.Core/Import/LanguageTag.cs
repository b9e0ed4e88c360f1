namespace FactCheck.Core.Import;

/// <summary>Language values from feeds reduced to a lower-case primary subtag ("pt-BR" becomes "pt"); "und" when absent or unreadable.</summary>
internal static class LanguageTag
{
    public const string Undetermined = "und";

    public static string Normalize(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return Undetermined;
        }

        var primary = text.Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : Undetermined;
    }

    /// <summary>The language if known, else null (for optional fields such as a review's language).</summary>
    public static string? Optional(string? value) => Normalize(value) is var tag && tag != Undetermined ? tag : null;
}
