namespace FactCheck.Core.Images;

/// <summary>Either a decoded image or the reason it was refused; never an exception for bad input.</summary>
public sealed record ImageDecodeResult(DecodedImage? Image, ImageRefusal Refusal, int Width = 0, int Height = 0)
{
    public static ImageDecodeResult Refused(ImageRefusal refusal, int width = 0, int height = 0) => new(null, refusal, width, height);
}
