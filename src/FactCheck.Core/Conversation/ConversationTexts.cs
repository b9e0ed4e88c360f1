using System.Globalization;

namespace FactCheck.Core.Conversation;

/// <summary>The conversation's own lines, in English and Indonesian, the same on every surface (plain text; adapters
/// escape it). The report's words are in Replies.UiText, the tipline's in Tips.Desk.TipDeskText.</summary>
public sealed record ConversationTexts(
    string Language,
    string HelpIntro,
    string HelpUser,
    string HelpReviewer,
    string CheckUsage,
    string RateLimited,
    string CheckFailed,
    string TiplineFailed,
    string UnknownCommand,
    string LanguageSet,
    string LanguageUnsupported,
    string ReviewersOnlyHere,
    string SubmitHint,
    string DeskLink,
    string DeskPrivateOnly)
{
    public static readonly ConversationTexts English = new(
        "en",
        HelpIntro: "Send or forward me a message and I reply with every claim in it that fact-checkers have already checked: their verdict, their own rating words and links to their articles. I never judge a claim myself; a doubtful match is shown only as \"possibly related\". No fact-check yet? Send the message to our reviewers.",
        HelpUser: "/check TEXT – check a text\n"
            + "/submit [TEXT] – send a message to our reviewers\n"
            + "/notify on|off – whether you are told when it is checked\n"
            + "/privacy – what is stored, and for how long\n"
            + "/forget – delete everything stored about you\n"
            + "/language en|id – reply language\n"
            + "/help – this help",
        HelpReviewer: "For reviewers:\n"
            + "/queue – the open tips, most asked first\n"
            + "/tip ID – one tip\n"
            + "/publish ID | rating | URL | publisher | summary – publish a fact-check for a tip\n"
            + "/attach ID CLAIM_ID – answer a tip with a stored fact-check\n"
            + "/dismiss ID – set a tip aside\n"
            + "/stats [DAYS] – checks and tips of the last days\n"
            + "/desk – a sign-in link to the web desk (private chat)",
        CheckUsage: "Write /check followed by the text to check, or simply send the message.",
        RateLimited: "You have asked for many checks in a short time. Please wait a minute and try again.",
        CheckFailed: "Sorry, the check failed. Please try again in a moment.",
        TiplineFailed: "Sorry, that did not work. Please try again in a moment.",
        UnknownCommand: "I do not know /{0}. The commands are: {1}. Anything else you send me is checked.",
        LanguageSet: "I will reply in English.",
        LanguageUnsupported: "\"{0}\" is not a reply language I have: choose /language en (English) or /language id (Indonesian).",
        ReviewersOnlyHere: "Reviewer commands work only in a private chat with me or in the reviewers' chat.",
        SubmitHint: "Send /submit to pass it to our reviewers, so that it gets checked.",
        DeskLink: "Your sign-in link to the reviewers' desk. It is for you alone, works once and expires in 10 minutes:\n{0}",
        DeskPrivateOnly: "Ask for /desk in a private chat with me: a sign-in link must not be seen by others.");

    public static readonly ConversationTexts Indonesian = new(
        "id",
        HelpIntro: "Kirim atau teruskan pesan kepada saya dan saya membalas setiap klaim di dalamnya yang sudah dicek oleh pemeriksa fakta: penilaian mereka, kata-kata penilaian mereka sendiri, dan tautan ke artikelnya. Saya tidak pernah menilai klaim sendiri; kecocokan yang meragukan hanya ditampilkan sebagai \"mungkin terkait\". Belum ada cek faktanya? Kirim pesannya ke peninjau kami.",
        HelpUser: "/check TEKS – cek sebuah teks\n"
            + "/submit [TEKS] – kirim pesan ke peninjau kami\n"
            + "/notify on|off – apakah Anda diberi tahu setelah dicek\n"
            + "/privacy – apa yang disimpan dan berapa lama\n"
            + "/forget – hapus semua yang disimpan tentang Anda\n"
            + "/language en|id – bahasa balasan\n"
            + "/help – bantuan ini",
        HelpReviewer: "Untuk peninjau:\n"
            + "/queue – laporan terbuka, yang paling banyak ditanyakan lebih dulu\n"
            + "/tip ID – satu laporan\n"
            + "/publish ID | penilaian | URL | penerbit | ringkasan – terbitkan cek fakta untuk laporan\n"
            + "/attach ID ID_KLAIM – jawab laporan dengan cek fakta yang tersimpan\n"
            + "/dismiss ID – tutup laporan\n"
            + "/stats [HARI] – pengecekan dan laporan beberapa hari terakhir\n"
            + "/desk – tautan masuk ke meja peninjau web (obrolan pribadi)",
        CheckUsage: "Tulis /check diikuti teks yang ingin dicek, atau kirim saja pesannya.",
        RateLimited: "Anda meminta banyak pengecekan dalam waktu singkat. Mohon tunggu satu menit lalu coba lagi.",
        CheckFailed: "Maaf, pengecekan gagal. Silakan coba lagi sebentar lagi.",
        TiplineFailed: "Maaf, itu tidak berhasil. Silakan coba lagi sebentar lagi.",
        UnknownCommand: "Saya tidak mengenal /{0}. Perintahnya: {1}. Pesan lain yang Anda kirim akan saya cek.",
        LanguageSet: "Saya akan membalas dalam bahasa Indonesia.",
        LanguageUnsupported: "\"{0}\" bukan bahasa balasan yang tersedia: pilih /language en (Inggris) atau /language id (Indonesia).",
        ReviewersOnlyHere: "Perintah peninjau hanya berlaku di obrolan pribadi dengan saya atau di obrolan peninjau.",
        SubmitHint: "Kirim /submit untuk meneruskannya ke peninjau kami agar diperiksa.",
        DeskLink: "Tautan masuk ke meja peninjau Anda. Hanya untuk Anda, berlaku sekali dan kedaluwarsa dalam 10 menit:\n{0}",
        DeskPrivateOnly: "Minta /desk di obrolan pribadi dengan saya: tautan masuk tidak boleh terlihat orang lain.");

    /// <summary>The reply languages there are texts for.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "id"];

    /// <summary>The texts for a language code; English for anything but Indonesian.</summary>
    public static ConversationTexts For(string? language) =>
        language is not null && language.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? Indonesian : English;

    /// <summary>"en" or "id" for a supported code or client locale ("id-ID"), else null.</summary>
    public static string? Normalize(string? language) =>
        language is null ? null
        : language.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? "id"
        : language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en"
        : null;

    /// <summary>Formats a template in the invariant culture (the templates carry no numbers that need another).</summary>
    public static string Format(string template, params object?[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
