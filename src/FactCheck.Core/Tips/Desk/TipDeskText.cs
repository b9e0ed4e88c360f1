using System.Globalization;

namespace FactCheck.Core.Tips.Desk;

/// <summary>The tipline's interface text in one language (English and Indonesian built in); plain text, adapters escape it.</summary>
public sealed record TipDeskText(
    string Language,
    string SubmitUsage,
    string SubmitCreated,
    string SubmitJoined,
    string SubmitAlreadyAsked,
    string SubmitCreatedSilent,
    string SubmitJoinedSilent,
    string SubmitAlreadyAskedSilent,
    string ToldHere,
    string ToldPrivately,
    string SubmitNothing,
    string SubmitButton,
    string NotAllowed,
    string QueueEmpty,
    string QueueHeading,
    string QueueFooter,
    string TipHeading,
    string TipAnswered,
    string StatusOpen,
    string StatusPublished,
    string StatusDismissed,
    string TipUsage,
    string PublishUsage,
    string Published,
    string Attached,
    string AttachUsage,
    string Dismissed,
    string DismissUsage,
    string TipNotFound,
    string TipNotOpen,
    string ClaimNotFound,
    string Invalid,
    string VerdictNoRating,
    string VerdictNotWebUrl,
    string VerdictNoPublisher,
    string VerdictSummaryTooLong,
    string VerdictImageNeedsSummary,
    string NotifyOn,
    string NotifyOff,
    string NotifyUsage,
    string Forgotten,
    string Privacy,
    string Stats,
    string StatsTopClaims,
    string StatsTopTips,
    string StatsNone,
    string NewTipNotice,
    string JoinedTipNotice,
    string NotificationHeading,
    string NotificationUpdated,
    string NotificationFooter)
{
    public static readonly TipDeskText English = new(
        "en",
        SubmitUsage: "Reply to the message with /submit, or write /submit followed by the text, to send it to our reviewers.",
        SubmitCreated: "Thank you: your message is now tip #{0} for our reviewers. When a fact-check is published you will be told {1} (/notify off stops that).",
        SubmitJoined: "Thank you: others sent the same message, so tip #{0} has now been asked about {1} times. When a fact-check is published you will be told {2}.",
        SubmitAlreadyAsked: "You already sent this message (tip #{0}); you will be told {1} when it is checked.",
        SubmitCreatedSilent: "Thank you: your message is now tip #{0} for our reviewers. Your notifications are off, so you will not be told when a fact-check is published; /notify on turns them back on.",
        SubmitJoinedSilent: "Thank you: others sent the same message, so tip #{0} has now been asked about {1} times. Your notifications are off, so you will not be told when a fact-check is published; /notify on turns them back on.",
        SubmitAlreadyAskedSilent: "You already sent this message (tip #{0}). Your notifications are off, so you will not be told when it is checked; /notify on turns them back on.",
        ToldHere: "here",
        ToldPrivately: "in a private message from this bot",
        SubmitNothing: "There is no text in this message to send to the reviewers.",
        SubmitButton: "Send to reviewers",
        NotAllowed: "Sorry, only this bot's reviewers can do that.",
        QueueEmpty: "The queue is empty: no open tips.",
        QueueHeading: "Open tips, most asked first:",
        QueueFooter: "Open one with /tip ID. Answer with /publish ID | rating | URL | publisher | summary, /attach ID CLAIM_ID, or /dismiss ID.",
        TipHeading: "Tip #{0} ({1}, {2}, first on {3:yyyy-MM-dd}, language {4}):",
        TipAnswered: "Answered by claim {0}.",
        StatusOpen: "open",
        StatusPublished: "published",
        StatusDismissed: "dismissed",
        TipUsage: "Usage: /tip ID (the number from /queue).",
        PublishUsage: "Usage: /publish ID | rating words | URL of the published fact-check | publisher | short summary (optional). Separate the parts with | or new lines.",
        Published: "Published for tip #{0}: \"{1}\" by {2}. Its askers will be told once.",
        Attached: "Tip #{0} is answered by claim {1}. Its askers will be told once.",
        AttachUsage: "Usage: /attach ID CLAIM_ID.",
        Dismissed: "Tip #{0} is dismissed; its askers are not notified.",
        DismissUsage: "Usage: /dismiss ID.",
        TipNotFound: "There is no tip #{0}.",
        TipNotOpen: "Tip #{0} was dismissed; it cannot be answered any more.",
        ClaimNotFound: "There is no claim with the id {0}.",
        Invalid: "Not published: {0}",
        VerdictNoRating: "The rating words are missing.",
        VerdictNotWebUrl: "The URL must be an http or https link to the published fact-check.",
        VerdictNoPublisher: "The publisher is missing.",
        VerdictSummaryTooLong: "The summary is longer than {0} characters.",
        VerdictImageNeedsSummary: "This tip is an image without readable text: add a summary of what it claims (after the publisher: | summary). Replies about copies of the image will quote it.",
        NotifyOn: "You will be told when a message you sent to the reviewers is fact-checked.",
        NotifyOff: "You will no longer be told about the messages you sent. /notify on turns it back on.",
        NotifyUsage: "Usage: /notify on or /notify off.",
        Forgotten: "Done: everything this bot stored about you is deleted ({0} records).",
        Privacy: "What this bot keeps:\n"
            + "• Checking a message keeps no text: only a one-way hash of it, the time and whether it matched, for statistics; kept {0} days.\n"
            + "• A message or image you send to the reviewers (/submit): its text (an image too), your user id, the chat and your language, until {0} days after the tip last changed, so that you can be told the verdict.\n"
            + "• An image the bot offered to send to the reviewers, until you send it: the platform's reference to it (not the image), its fingerprints and the text read from it, for 30 minutes at most; deleted when you send it, check something else, or /forget.\n"
            + "• Your settings (reply language, notifications).\n"
            + "/forget deletes everything about you at once. Reviewers' actions are recorded (who, when, what).",
        Stats: "Last {0} days: {1} checks of {2} distinct messages; {3:0}% got a verdict, {4} only possibly related fact-checks, {5} nothing.",
        StatsTopClaims: "Most matched fact-checks:",
        StatsTopTips: "Most asked open tips:",
        StatsNone: "none",
        NewTipNotice: "New tip #{0} ({1}): {2}",
        JoinedTipNotice: "Tip #{0} was asked again; {1} askers now.",
        NotificationHeading: "A fact-check was published for the message you sent us (tip #{0}):",
        NotificationUpdated: "Updated: the fact-check for the message you sent us (tip #{0}) has changed:",
        NotificationFooter: "You get this because you sent the message to our reviewers. /notify off stops these messages.")
    {
        Culture = CultureInfo.InvariantCulture,
    };

    public static readonly TipDeskText Indonesian = new(
        "id",
        SubmitUsage: "Balas pesan itu dengan /submit, atau tulis /submit diikuti teksnya, untuk mengirimkannya ke peninjau kami.",
        SubmitCreated: "Terima kasih: pesan Anda kini menjadi laporan #{0} untuk peninjau kami. Jika cek faktanya terbit, Anda akan diberi tahu {1} (/notify off untuk berhenti).",
        SubmitJoined: "Terima kasih: orang lain juga mengirim pesan yang sama, jadi laporan #{0} kini ditanyakan {1} kali. Jika cek faktanya terbit, Anda akan diberi tahu {2}.",
        SubmitAlreadyAsked: "Anda sudah mengirim pesan ini (laporan #{0}); Anda akan diberi tahu {1} setelah dicek.",
        SubmitCreatedSilent: "Terima kasih: pesan Anda kini menjadi laporan #{0} untuk peninjau kami. Pemberitahuan Anda sedang nonaktif, jadi Anda tidak akan diberi tahu jika cek faktanya terbit; /notify on untuk mengaktifkannya kembali.",
        SubmitJoinedSilent: "Terima kasih: orang lain juga mengirim pesan yang sama, jadi laporan #{0} kini ditanyakan {1} kali. Pemberitahuan Anda sedang nonaktif, jadi Anda tidak akan diberi tahu jika cek faktanya terbit; /notify on untuk mengaktifkannya kembali.",
        SubmitAlreadyAskedSilent: "Anda sudah mengirim pesan ini (laporan #{0}). Pemberitahuan Anda sedang nonaktif, jadi Anda tidak akan diberi tahu setelah dicek; /notify on untuk mengaktifkannya kembali.",
        ToldHere: "di sini",
        ToldPrivately: "lewat pesan pribadi dari bot ini",
        SubmitNothing: "Tidak ada teks dalam pesan ini untuk dikirim ke peninjau.",
        SubmitButton: "Kirim ke peninjau",
        NotAllowed: "Maaf, hanya peninjau bot ini yang dapat melakukannya.",
        QueueEmpty: "Antrean kosong: tidak ada laporan terbuka.",
        QueueHeading: "Laporan terbuka, yang paling banyak ditanyakan lebih dulu:",
        QueueFooter: "Buka dengan /tip ID. Jawab dengan /publish ID | penilaian | URL | penerbit | ringkasan, /attach ID ID_KLAIM, atau /dismiss ID.",
        TipHeading: "Laporan #{0} ({1}, {2}, pertama pada {3:yyyy-MM-dd}, bahasa {4}):",
        TipAnswered: "Dijawab oleh klaim {0}.",
        StatusOpen: "terbuka",
        StatusPublished: "terbit",
        StatusDismissed: "ditutup",
        TipUsage: "Cara pakai: /tip ID (nomor dari /queue).",
        PublishUsage: "Cara pakai: /publish ID | kata penilaian | URL cek fakta yang terbit | penerbit | ringkasan singkat (opsional). Pisahkan bagian dengan | atau baris baru.",
        Published: "Terbit untuk laporan #{0}: \"{1}\" oleh {2}. Para penanya akan diberi tahu satu kali.",
        Attached: "Laporan #{0} dijawab oleh klaim {1}. Para penanya akan diberi tahu satu kali.",
        AttachUsage: "Cara pakai: /attach ID ID_KLAIM.",
        Dismissed: "Laporan #{0} ditutup; para penanya tidak diberi tahu.",
        DismissUsage: "Cara pakai: /dismiss ID.",
        TipNotFound: "Tidak ada laporan #{0}.",
        TipNotOpen: "Laporan #{0} sudah ditutup; tidak bisa dijawab lagi.",
        ClaimNotFound: "Tidak ada klaim dengan id {0}.",
        Invalid: "Tidak diterbitkan: {0}",
        VerdictNoRating: "Kata penilaiannya belum ada.",
        VerdictNotWebUrl: "URL harus berupa tautan http atau https ke cek fakta yang terbit.",
        VerdictNoPublisher: "Penerbitnya belum ada.",
        VerdictSummaryTooLong: "Ringkasannya lebih dari {0} karakter.",
        VerdictImageNeedsSummary: "Tip ini berupa gambar tanpa teks yang terbaca: tambahkan ringkasan isi klaimnya (setelah penerbit: | ringkasan). Balasan untuk salinan gambar ini akan mengutipnya.",
        NotifyOn: "Anda akan diberi tahu jika pesan yang Anda kirim ke peninjau sudah dicek faktanya.",
        NotifyOff: "Anda tidak akan diberi tahu lagi tentang pesan yang Anda kirim. /notify on untuk mengaktifkannya kembali.",
        NotifyUsage: "Cara pakai: /notify on atau /notify off.",
        Forgotten: "Selesai: semua yang disimpan bot ini tentang Anda sudah dihapus ({0} catatan).",
        Privacy: "Yang disimpan bot ini:\n"
            + "• Mengecek pesan tidak menyimpan teksnya: hanya hash satu arah, waktunya, dan apakah cocok, untuk statistik; disimpan {0} hari.\n"
            + "• Pesan atau gambar yang Anda kirim ke peninjau (/submit): teksnya (juga gambarnya), id pengguna Anda, obrolannya, dan bahasa Anda, sampai {0} hari setelah laporan terakhir berubah, agar Anda bisa diberi tahu penilaiannya.\n"
            + "• Gambar yang ditawarkan bot untuk dikirim ke peninjau, sampai Anda mengirimnya: rujukan platform ke gambar itu (bukan gambarnya), sidik jarinya, dan teks yang terbaca darinya, paling lama 30 menit; dihapus saat Anda mengirimnya, mengecek hal lain, atau /forget.\n"
            + "• Pengaturan Anda (bahasa balasan, pemberitahuan).\n"
            + "/forget menghapus semua tentang Anda sekaligus. Tindakan peninjau dicatat (siapa, kapan, apa).",
        Stats: "{0} hari terakhir: {1} pengecekan atas {2} pesan berbeda; {3:0}% mendapat penilaian, {4} hanya cek fakta yang mungkin terkait, {5} tidak ada.",
        StatsTopClaims: "Cek fakta yang paling sering cocok:",
        StatsTopTips: "Laporan terbuka yang paling banyak ditanyakan:",
        StatsNone: "tidak ada",
        NewTipNotice: "Laporan baru #{0} ({1}): {2}",
        JoinedTipNotice: "Laporan #{0} ditanyakan lagi; kini {1} penanya.",
        NotificationHeading: "Cek fakta untuk pesan yang Anda kirim kepada kami sudah terbit (laporan #{0}):",
        NotificationUpdated: "Diperbarui: cek fakta untuk pesan yang Anda kirim kepada kami (laporan #{0}) telah berubah:",
        NotificationFooter: "Anda menerima ini karena mengirim pesan itu ke peninjau kami. /notify off untuk berhenti.")
    {
        Culture = CultureInfo.GetCultureInfo("id-ID"),
    };

    /// <summary>The culture numbers and dates are formatted in.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>The text for a language code; English for anything but Indonesian.</summary>
    public static TipDeskText For(string? language) =>
        language is not null && language.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? Indonesian : English;

    /// <summary>"Tip #{0} is {1}: only an open tip can be dismissed." — the tip's real status, not "dismissed".</summary>
    public string NotDismissable => Language == "id"
        ? "Laporan #{0} berstatus {1}: hanya laporan terbuka yang dapat ditutup."
        : "Tip #{0} is {1}: only an open tip can be dismissed.";

    /// <summary>"asked once" / "asked 3 times"; Indonesian counts without a plural ("ditanyakan 1 kali").</summary>
    public string Asked(int count) => Language == "id"
        ? Format("ditanyakan {0} kali", count)
        : count == 1 ? "asked once" : Format("asked {0} times", count);

    /// <summary>A tip's status in this language.</summary>
    public string StatusName(TipStatus status) => status switch
    {
        TipStatus.Published => StatusPublished,
        TipStatus.Dismissed => StatusDismissed,
        _ => StatusOpen,
    };

    /// <summary>Formats one of this record's templates in its culture.</summary>
    public string Format(string template, params object?[] args) => string.Format(Culture, template, args);
}
