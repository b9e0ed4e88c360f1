namespace FactCheck.Core.Images;

public enum OcrStatus
{
    /// <summary>Text was read.</summary>
    Read,

    /// <summary>OCR ran and found no text.</summary>
    NoText,

    /// <summary>libtesseract or its language data is not installed.</summary>
    Unavailable,

    /// <summary>Recognition took longer than Images:OcrTimeoutSeconds.</summary>
    TimedOut,
}
