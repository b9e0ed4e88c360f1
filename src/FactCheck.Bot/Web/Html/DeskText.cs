namespace FactCheck.Bot.Web.Html;

/// <summary>The desk's words in the reviewer's language: each text is written at its use, in English and Indonesian.</summary>
/// <param name="Language">"en" or "id".</param>
internal sealed record DeskText(string Language)
{
    public static DeskText For(string? language) => new(language is "id" ? "id" : "en");

    /// <summary>The English or the Indonesian text.</summary>
    public string this[string english, string indonesian] => Language == "id" ? indonesian : english;
}
