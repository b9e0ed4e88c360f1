namespace FactCheck.Core.Images;

/// <summary>8-bit grey pixels, one byte each, rows packed (stride = width): what Tesseract's SetImage takes.</summary>
public sealed record GreyImage(byte[] Pixels, int Width, int Height);
