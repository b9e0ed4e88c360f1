using FactCheck.Core.Images;

namespace FactCheck.Core.Conversation;

/// <summary>The conversation's lines about an image, in English and Indonesian (reached as <see cref="ConversationTexts.Images"/>).</summary>
public sealed record ImageTexts(
    string TextRead,
    string NoText,
    string OcrUnavailable,
    string TimedOut,
    string Reading,
    string SameImage,
    string Empty,
    string TooManyBytes,
    string TooManyPixels,
    string NotAnImage,
    string Truncated,
    string Unavailable,
    string LostBeforeSubmit,
    string SubmittedWithoutImage)
{
    public static readonly ImageTexts English = new(
        TextRead: "Text read from the image: {0}",
        NoText: "I could not find any text in the image.",
        OcrUnavailable: "I cannot read text from images here; please send the text instead.",
        TimedOut: "Reading the image took too long; please send the text instead.",
        Reading: "Reading your image…",
        SameImage: "the image itself (a copy of a picture already fact-checked)",
        Empty: "The image is empty.",
        TooManyBytes: "The image is too large to read (the limit is {0} MB).",
        TooManyPixels: "The image has too many pixels to read (the limit is {0} megapixels, {1} pixels a side).",
        NotAnImage: "This is not an image I can read (PNG, JPEG, WebP, GIF or BMP).",
        Truncated: "The image file is incomplete or damaged.",
        Unavailable: "I could not fetch the image; please send it again.",
        LostBeforeSubmit: "I could not fetch your image again, so nothing was sent to the reviewers; please send the image again and submit it.",
        SubmittedWithoutImage: "I could not fetch your image again: its text was sent to the reviewers without it.");

    public static readonly ImageTexts Indonesian = new(
        TextRead: "Teks yang terbaca dari gambar: {0}",
        NoText: "Saya tidak menemukan teks pada gambar ini.",
        OcrUnavailable: "Saya tidak dapat membaca teks dari gambar di sini; mohon kirim teksnya saja.",
        TimedOut: "Membaca gambar terlalu lama; mohon kirim teksnya saja.",
        Reading: "Sedang membaca gambar Anda…",
        SameImage: "gambar itu sendiri (salinan gambar yang sudah dicek)",
        Empty: "Gambarnya kosong.",
        TooManyBytes: "Gambar terlalu besar untuk dibaca (batasnya {0} MB).",
        TooManyPixels: "Gambar memiliki terlalu banyak piksel untuk dibaca (batasnya {0} megapiksel, {1} piksel per sisi).",
        NotAnImage: "Ini bukan gambar yang bisa saya baca (PNG, JPEG, WebP, GIF, atau BMP).",
        Truncated: "Berkas gambar tidak lengkap atau rusak.",
        Unavailable: "Saya tidak dapat mengambil gambarnya; mohon kirim ulang.",
        LostBeforeSubmit: "Saya tidak dapat mengambil gambar Anda lagi, jadi belum ada yang dikirim ke peninjau; mohon kirim ulang gambarnya lalu kirimkan.",
        SubmittedWithoutImage: "Saya tidak dapat mengambil gambar Anda lagi: teksnya dikirim ke peninjau tanpa gambar.");

    public static ImageTexts For(string? language) => ConversationTexts.Normalize(language) == "id" ? Indonesian : English;

    /// <summary>The sentence for an image that was refused.</summary>
    public string Refusal(ImageRefusal refusal, ImageOptions options) => refusal switch
    {
        ImageRefusal.Empty => Empty,
        ImageRefusal.TooManyBytes => ConversationTexts.Format(TooManyBytes, options.MaxBytes / (1024 * 1024)),
        ImageRefusal.TooManyPixels => ConversationTexts.Format(TooManyPixels, options.MaxPixels / 1_000_000, options.MaxSide),
        ImageRefusal.NotAnImage => NotAnImage,
        ImageRefusal.Truncated => Truncated,
        _ => Unavailable,
    };

    /// <summary>Why no text came of an image that was read (null when text was read).</summary>
    public string? WhyNoText(OcrStatus? status) => status switch
    {
        OcrStatus.Read => null,
        OcrStatus.NoText => NoText,
        OcrStatus.TimedOut => TimedOut,
        _ => OcrUnavailable,
    };
}
