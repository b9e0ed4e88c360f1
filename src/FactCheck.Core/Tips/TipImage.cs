using FactCheck.Core.Images;

namespace FactCheck.Core.Tips;

/// <summary>The image of a tip submitted as an image: its bytes (kept only once submitted), their media type, and its PDQ
/// fingerprints (whole, and without caption bars), which a published verdict keeps with its claim.</summary>
public sealed record TipImage(byte[] Bytes, string MediaType, IReadOnlyList<PdqHash> Hashes)
{
    /// <summary>A file name for re-sending it to the reviewers ("tip-12.png").</summary>
    public string FileName(long tipId) => FormattableString.Invariant($"tip-{tipId}.{ImageFormats.Extension(MediaType)}");

    private const string PlaceholderStart = "[image, PDQ ";

    /// <summary>The text a tip of an image without readable text is stored with: a line naming the image by its
    /// fingerprint, for the reviewers' lists (the image itself is what they judge).</summary>
    public string Placeholder() => PlaceholderStart + (Hashes.Count > 0 ? Hashes[0].ToString() : "?") + "]";

    /// <summary>True for a tip text made by <see cref="Placeholder"/>: the tip has no words of its own.</summary>
    public static bool IsPlaceholder(string tipText) =>
        tipText.StartsWith(PlaceholderStart, StringComparison.Ordinal) && tipText.EndsWith(']');
}
