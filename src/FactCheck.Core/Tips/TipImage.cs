using FactCheck.Core.Images;

namespace FactCheck.Core.Tips;

/// <summary>The image of a tip submitted as an image: its bytes (kept only once submitted), their media type, and its PDQ
/// fingerprints (whole, and without caption bars), which a published verdict keeps with its claim.</summary>
public sealed record TipImage(byte[] Bytes, string MediaType, IReadOnlyList<PdqHash> Hashes)
{
    /// <summary>A file name for re-sending it to the reviewers ("tip-12.png").</summary>
    public string FileName(long tipId) => FormattableString.Invariant($"tip-{tipId}.{ImageFormats.Extension(MediaType)}");
}
