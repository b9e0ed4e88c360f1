namespace FactCheck.Core.Conversation;

/// <summary>A platform's way back from an image reference it gave (<see cref="Images.ImageDownload.Reference"/>) to the
/// image: an offered image is kept as its reference, and fetched again when the user submits it, by whichever instance.</summary>
public interface IImageReferences
{
    /// <summary>The platform whose references these are.</summary>
    Platform Platform { get; }

    /// <summary>The image <paramref name="reference"/> names, fetched like any incoming one; null when the reference is
    /// not one of this platform's.</summary>
    IncomingImage? Resolve(string reference);
}
