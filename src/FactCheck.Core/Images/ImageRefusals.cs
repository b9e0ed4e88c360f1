namespace FactCheck.Core.Images;

/// <summary>The sentence told for each refusal (English; the adapters may translate by the enum value).</summary>
public static class ImageRefusals
{
    public static string Describe(ImageRefusal refusal, ImageOptions options) => refusal switch
    {
        ImageRefusal.Empty => "The image is empty.",
        ImageRefusal.TooManyBytes => $"The image is too large to read (the limit is {options.MaxBytes / (1024 * 1024)} MB).",
        ImageRefusal.TooManyPixels => $"The image has too many pixels to read (the limit is {options.MaxPixels / 1_000_000} megapixels, {options.MaxSide} pixels a side).",
        ImageRefusal.NotAnImage => "This is not an image I can read (PNG, JPEG, WebP, GIF or BMP).",
        ImageRefusal.Truncated => "The image file is incomplete or damaged.",
        ImageRefusal.Unavailable => "The image could not be fetched; please send it again.",
        _ => string.Empty,
    };
}
