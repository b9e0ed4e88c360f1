using FactCheck.Core.Images;

namespace FactCheck.Core.Storage;

/// <summary>An image offered to the reviewers, as the store keeps it until it is submitted or expires.</summary>
/// <param name="Reference">The platform's own reference to the image (a Telegram file id, a Discord attachment URL, the
/// console's path), from which its adapter fetches it again; null when the adapter gave none.</param>
/// <param name="Sha256">The SHA-256 of the bytes read (lowercase hex): the image fetched again must be these bytes.</param>
/// <param name="Hashes">Its PDQ fingerprints, as the tip keeps them.</param>
/// <param name="TipText">The text its answer offered to submit.</param>
/// <param name="Caption">The caption sent with it (a /submit of the caption means the image too).</param>
/// <param name="Expires">When the offer lapses.</param>
public sealed record PendingImage(string? Reference, string Sha256, IReadOnlyList<PdqHash> Hashes, string TipText, string Caption, DateTimeOffset Expires)
{
    /// <summary>The longest reference kept: a Telegram file id is under 100 characters, a signed Discord CDN URL a few hundred.</summary>
    public const int MaxReferenceLength = 2048;

    /// <summary>The longest tip text or caption kept (characters): far above what a platform's message and an image's
    /// text come to, so only hostile input meets it.</summary>
    public const int MaxTextLength = 64 * 1024;
}
