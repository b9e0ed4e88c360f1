namespace FactCheck.Telegram.Rendering;

/// <summary>Telegram-only interface text (what help says of groups, inline mode and autocheck; the command menu;
/// the button's acknowledgements) in English and Indonesian; the report's words are in Core's UiText.</summary>
internal sealed record BotTexts(
    string Language,
    string Help,
    string CheckUsage,
    string CommandStart,
    string CommandHelp,
    string CommandCheck,
    string CommandLanguage,
    string CommandAutocheck,
    string CommandSubmit,
    string CommandNotify,
    string CommandPrivacy,
    string CommandForget,
    string InlineNoMatch,
    string SubmitAcknowledged,
    string SubmitGone,
    string StartPrivateChat,
    string SubmitOurAnswer)
{
    public static readonly BotTexts English = new(
        "en",
        Help: """
            <b>On Telegram</b>: a photo or video with a caption is checked by its caption.
            <b>In groups</b>: reply to a message with /check, or mention me in a reply. Admins can turn on /autocheck: then I speak only when a message confidently matches a claim rated false or misleading, a few times an hour at most.
            <b>Anywhere</b>: type @{0} and some text to search the fact-checks.

            /autocheck on|off – (group admins) automatic checks
            <b>No fact-check yet?</b> Press "Send to reviewers" under my answer, or reply to the message with /submit: our reviewers see it, and I tell you when they publish a fact-check.

            <b>What I store</b>: not the text of the messages you check (only a one-way hash, for statistics). A message you send to the reviewers is kept with your user id until some time after it is answered. Also the ids of updates I have handled (so I never answer twice), your language choice, and each group's autocheck setting. Details: /privacy.
            """,
        CheckUsage: "Reply to a message with /check, or write /check followed by the text to check.",
        CommandStart: "What this bot does",
        CommandHelp: "How to use it, and what it stores",
        CommandCheck: "Check a text, or the message you reply to",
        CommandLanguage: "Reply language: en or id",
        CommandAutocheck: "Group admins: automatic checks on or off",
        CommandSubmit: "Send a message to our reviewers",
        CommandNotify: "Be told when it is checked: on or off",
        CommandPrivacy: "What the bot stores, and for how long",
        CommandForget: "Delete everything stored about you",
        InlineNoMatch: "No known fact-check matches this text",
        SubmitAcknowledged: "Sent to the reviewers.",
        SubmitGone: "I can no longer see that message: reply to it with /submit instead.",
        StartPrivateChat: "If you have never started a chat with @{0}, open it and press Start: until then Telegram does not let me write to you.",
        SubmitOurAnswer: "That is my answer, and Telegram does not show me the message it was about: press \"Send to reviewers\" under my answer, or reply /submit to the message itself.");

    public static readonly BotTexts Indonesian = new(
        "id",
        Help: """
            <b>Di Telegram</b>: foto atau video dengan keterangan dicek berdasarkan keterangannya.
            <b>Di grup</b>: balas sebuah pesan dengan /check, atau sebut saya dalam balasan. Admin dapat menyalakan /autocheck: saya hanya bicara bila sebuah pesan jelas cocok dengan klaim yang dinilai salah atau menyesatkan, paling banyak beberapa kali per jam.
            <b>Di mana saja</b>: ketik @{0} dan teks untuk mencari cek fakta.

            /autocheck on|off – (admin grup) cek otomatis
            <b>Belum ada cek faktanya?</b> Tekan "Kirim ke peninjau" di bawah jawaban saya, atau balas pesannya dengan /submit: peninjau kami melihatnya, dan saya memberi tahu Anda bila cek faktanya terbit.

            <b>Yang saya simpan</b>: bukan teks pesan yang Anda cek (hanya hash satu arah, untuk statistik). Pesan yang Anda kirim ke peninjau disimpan bersama id pengguna Anda sampai beberapa waktu setelah dijawab. Juga id pembaruan yang sudah saya tangani (agar tidak menjawab dua kali), pilihan bahasa Anda, dan pengaturan autocheck tiap grup. Rinciannya: /privacy.
            """,
        CheckUsage: "Balas sebuah pesan dengan /check, atau tulis /check diikuti teks yang ingin dicek.",
        CommandStart: "Apa yang dilakukan bot ini",
        CommandHelp: "Cara memakai dan apa yang disimpan",
        CommandCheck: "Cek teks, atau pesan yang Anda balas",
        CommandLanguage: "Bahasa balasan: en atau id",
        CommandAutocheck: "Admin grup: cek otomatis nyala atau mati",
        CommandSubmit: "Kirim pesan ke peninjau kami",
        CommandNotify: "Diberi tahu setelah dicek: on atau off",
        CommandPrivacy: "Apa yang disimpan bot dan berapa lama",
        CommandForget: "Hapus semua yang disimpan tentang Anda",
        InlineNoMatch: "Belum ada cek fakta yang cocok dengan teks ini",
        SubmitAcknowledged: "Terkirim ke peninjau.",
        SubmitGone: "Saya tidak bisa lagi melihat pesan itu: balas pesannya dengan /submit.",
        StartPrivateChat: "Jika Anda belum pernah memulai obrolan dengan @{0}, bukalah dan tekan Start: sebelum itu Telegram tidak mengizinkan saya menulis kepada Anda.",
        SubmitOurAnswer: "Itu jawaban saya, dan Telegram tidak menunjukkan pesan yang dijawabnya kepada saya: tekan \"Kirim ke peninjau\" di bawah jawaban saya, atau balas pesan itu sendiri dengan /submit.");

    /// <summary>The texts for a language code; English for anything but Indonesian.</summary>
    public static BotTexts For(string? language) =>
        language is not null && language.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? Indonesian : English;
}
