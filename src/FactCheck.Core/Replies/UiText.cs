using FactCheck.Core.Claims;

namespace FactCheck.Core.Replies;

/// <summary>Interface text of replies in one language. English and Indonesian are built in.</summary>
public sealed record UiText(
    string Language,
    string VerdictHeading,
    string PossiblyRelatedHeading,
    string ClaimLabel,
    string MatchedPassageLabel,
    string RatingLabel,
    string ScoreLabel,
    string NoMatch,
    string NoMatchOffer,
    string UnmatchedPassages,
    string EmptyInput,
    string NothingToCheck,
    string Truncated,
    string AndMore,
    string Disclaimer)
{
    public static readonly UiText English = new(
        "en",
        VerdictHeading: "Already fact-checked",
        PossiblyRelatedHeading: "Possibly related fact-checks (not a verdict on your message)",
        ClaimLabel: "Claim",
        MatchedPassageLabel: "Your text",
        RatingLabel: "Rating",
        ScoreLabel: "match",
        NoMatch: "No known fact-check matches this message.",
        NoMatchOffer: "You can send it to our reviewers so that it gets checked.",
        UnmatchedPassages: "{0} part(s) of the message matched no known fact-check.",
        EmptyInput: "The message is empty: send or forward the text you want checked.",
        NothingToCheck: "There is no text in this message to check (only emoji, symbols or unreadable data).",
        Truncated: "The message is very long; only its beginning was checked.",
        AndMore: "... and {0} more",
        Disclaimer: "Verdicts are the publishers' own; this bot only finds them.");

    public static readonly UiText Indonesian = new(
        "id",
        VerdictHeading: "Sudah dicek faktanya",
        PossiblyRelatedHeading: "Cek fakta yang mungkin terkait (bukan penilaian atas pesan Anda)",
        ClaimLabel: "Klaim",
        MatchedPassageLabel: "Teks Anda",
        RatingLabel: "Penilaian",
        ScoreLabel: "kecocokan",
        NoMatch: "Belum ada cek fakta yang cocok dengan pesan ini.",
        NoMatchOffer: "Anda dapat mengirimkannya ke peninjau kami agar diperiksa.",
        UnmatchedPassages: "{0} bagian pesan tidak cocok dengan cek fakta mana pun.",
        EmptyInput: "Pesannya kosong: kirim atau teruskan teks yang ingin dicek.",
        NothingToCheck: "Tidak ada teks yang bisa dicek dalam pesan ini (hanya emoji, simbol, atau data yang tak terbaca).",
        Truncated: "Pesannya sangat panjang; hanya bagian awalnya yang dicek.",
        AndMore: "... dan {0} lainnya",
        Disclaimer: "Penilaian berasal dari penerbit cek fakta; bot ini hanya menemukannya.");

    /// <summary>The text for a language code ("id", "id-ID", "en", ...); English for anything else.</summary>
    public static UiText For(string? language) =>
        language is not null && language.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? Indonesian : English;

    /// <summary>Our normalised verdict's name in this language.</summary>
    public string VerdictName(Verdict verdict) => Language == "id"
        ? verdict switch
        {
            Verdict.False => "Salah",
            Verdict.Misleading => "Menyesatkan",
            Verdict.MissingContext => "Kurang konteks",
            Verdict.Unverified => "Belum terverifikasi",
            Verdict.Satire => "Satire",
            Verdict.MostlyTrue => "Sebagian besar benar",
            Verdict.True => "Benar",
            _ => "Lainnya",
        }
        : verdict switch
        {
            Verdict.False => "False",
            Verdict.Misleading => "Misleading",
            Verdict.MissingContext => "Missing context",
            Verdict.Unverified => "Unverified",
            Verdict.Satire => "Satire",
            Verdict.MostlyTrue => "Mostly true",
            Verdict.True => "True",
            _ => "Other",
        };
}
