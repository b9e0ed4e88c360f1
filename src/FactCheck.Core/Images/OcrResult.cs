namespace FactCheck.Core.Images;

/// <summary>What OCR gave: the text (empty unless <see cref="OcrStatus.Read"/>) and, when it could not run, why.</summary>
public sealed record OcrResult(OcrStatus Status, string Text, string? Problem = null);
