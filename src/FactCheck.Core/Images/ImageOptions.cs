namespace FactCheck.Core.Images;

/// <summary>The `Images` settings: limits checked before an image is decoded, OCR and fingerprint matching.</summary>
public sealed class ImageOptions
{
    public const string Section = "Images";

    /// <summary>Larger files are refused unread (Telegram's own photo sizes stay well below).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Width × height read from the header above this is refused before any pixel is decoded (a decompression bomb).</summary>
    public long MaxPixels { get; set; } = 40_000_000;

    /// <summary>Either side longer than this is refused too: a 100,000 × 10 strip is no screenshot.</summary>
    public int MaxSide { get; set; } = 16_384;

    /// <summary>Two PDQ hashes at most this many bits apart are the same picture (PDQ's recommended 31 of 256).</summary>
    public int MatchDistance { get; set; } = 31;

    /// <summary>Where tesseract's *.traineddata are; Debian's tesseract-ocr-* packages put them here.</summary>
    public string TessdataPath { get; set; } = "/usr/share/tesseract-ocr/5/tessdata";

    /// <summary>Tesseract languages, '+'-separated; Indonesian first, then English.</summary>
    public string OcrLanguages { get; set; } = "ind+eng";

    /// <summary>An image whose recognition takes longer is given up (the text read so far is discarded).</summary>
    public int OcrTimeoutSeconds { get; set; } = 20;

    /// <summary>How many OCRs run at once; 0 means one per processor core.</summary>
    public int MaxConcurrentOcr { get; set; }
}
