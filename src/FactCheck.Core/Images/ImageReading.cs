namespace FactCheck.Core.Images;

/// <summary>
/// What was got from one image: the text read (empty when none), its PDQ fingerprints, and when nothing could be
/// read a sentence saying why (refused by a limit, OCR not installed, timed out, no text found).
/// </summary>
public sealed record ImageReading(string Text, IReadOnlyList<PdqResult> Fingerprints, ImageRefusal Refusal, OcrStatus? Ocr, string? Notice)
{
    public bool HasText => Text.Length > 0;
}
