using FactCheck.Core.Claims;
using FactCheck.Core.Images;
using FactCheck.Core.Tips;

namespace FactCheck.Core.Conversation;

/// <summary>What came of an image: refused (why), or read (the reading, the image as a tip would keep it, and the
/// claims whose kept fingerprints it matches, with the distance in bits).</summary>
public sealed record ImageLook(ImageRefusal Refusal, ImageReading? Reading, TipImage? Image, IReadOnlyList<(Claim Claim, int Distance)> Matched)
{
    /// <summary>The platform's reference to the image read (<see cref="ImageDownload.Reference"/>), when it gave one.</summary>
    public string? Reference { get; init; }

    public static ImageLook Refused(ImageRefusal refusal) => new(refusal, null, null, []);
}
