using System.Security.Cryptography;
using FactCheck.Core.Images;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using Microsoft.Extensions.Logging;

namespace FactCheck.Core.Conversation;

/// <summary>Each user's last image that was offered to the reviewers, so that /submit (or the button) after it submits
/// the image, whichever instance the submission reaches and after a restart. An image is stored only once submitted,
/// never for a plain check: the offer is kept in the shared store as the platform's reference to the image (a Telegram
/// file id, a Discord attachment URL, the console's path), the SHA-256 of its bytes, its fingerprints and its text, and
/// the bytes are fetched again through the platform's <see cref="IImageReferences"/> when it is submitted.</summary>
/// <remarks>An offer lives <see cref="Lifetime"/> and is taken out exactly once (the store decides between instances).
/// The instance that read the image keeps a copy of its bytes in memory for as long, so that a submission reaching it
/// fetches nothing; those copies are bounded (beyond <see cref="MaxTotalBytes"/> the oldest go first), so memory stays
/// flat however many users send images. Bytes fetched again must hash as those read, else the text goes alone.</remarks>
public sealed partial class RecentImages
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    public const long MaxTotalBytes = 64L * 1024 * 1024;

    private readonly TimeProvider time;
    private readonly IPendingImageStore store;
    private readonly IReadOnlyList<IImageReferences> references;
    private readonly long maxBytes;
    private readonly ILogger logger;
    private readonly ImageCopies copies = new(Lifetime, MaxTotalBytes);

    /// <param name="time">When offers and copies lapse.</param>
    /// <param name="store">Where offers are kept for every instance.</param>
    /// <param name="references">Each platform's way back from a reference to its image.</param>
    /// <param name="maxBytes">The size limit of an image fetched again (Images:MaxBytes).</param>
    /// <param name="logger">Failures of the store and of fetching again.</param>
    public RecentImages(TimeProvider time, IPendingImageStore store, IEnumerable<IImageReferences> references, long maxBytes, ILogger logger)
    {
        this.time = time;
        this.store = store;
        this.references = [.. references];
        this.maxBytes = maxBytes;
        this.logger = logger;
    }

    /// <summary>Keeps <paramref name="image"/> as the user's offered image, submitted with <paramref name="tipText"/>.
    /// A failing store is logged: the check's answer still goes out, and a later /submit sends the text alone.</summary>
    public async Task RememberAsync(
        Platform platform, string userId, TipImage image, string? reference, string tipText, string caption, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sha = Sha256(image.Bytes);
        var offer = new PendingImage(
            reference is { Length: > 0 and <= PendingImage.MaxReferenceLength } ? reference : null, sha, image.Hashes, tipText, caption.Trim(), now + Lifetime);
        if (offer.TipText.Length > PendingImage.MaxTextLength || offer.Caption.Length > PendingImage.MaxTextLength)
        {
            // Only hostile input is this long: it is not kept, and a /submit after it sends the text it names.
            LogTooLong(platform.Name);
            await ForgetAsync(platform, userId, cancellationToken);
            return;
        }

        copies.Keep(Key(platform.Name, userId), image.Bytes, sha, now);
        try
        {
            await store.OfferAsync(platform.Name, userId, offer, now, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailed(e);
        }
    }

    /// <summary>Takes out the user's offered image when <paramref name="submitted"/> means it: nothing (a bare /submit, a
    /// photo without caption), the text its answer offered, or its caption. Null when there is none or the text means
    /// another; a <see cref="TakenImage"/> without image when it was offered but could not be had again.</summary>
    public async Task<TakenImage?> TakeAsync(Platform platform, string userId, string? submitted, CancellationToken cancellationToken)
    {
        PendingImage? offer;
        try
        {
            offer = await store.TakeAsync(platform.Name, userId, submitted?.Trim() ?? string.Empty, time.GetUtcNow(), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailed(e);
            return null;
        }

        if (offer is null)
        {
            return null;
        }

        var bytes = copies.Take(Key(platform.Name, userId), offer.Sha256, time.GetUtcNow()) ?? await FetchAgainAsync(platform, offer, cancellationToken);
        return new TakenImage(bytes is null ? null : new TipImage(bytes, ImageFormats.MediaType(bytes), offer.Hashes), offer.TipText, offer);
    }

    /// <summary>Puts back an offer taken for a submission that then failed, until it would have lapsed anyway, so that
    /// the user's next try still submits the image.</summary>
    public async Task PutBackAsync(Platform platform, string userId, TakenImage taken, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (taken.Offer.Expires <= now)
        {
            return;
        }

        if (taken.Image is { } image)
        {
            copies.Keep(Key(platform.Name, userId), image.Bytes, taken.Offer.Sha256, now);
        }

        try
        {
            await store.OfferAsync(platform.Name, userId, taken.Offer, now, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailed(e);
        }
    }

    /// <summary>Forgets the user's offered image (/forget, or a text checked after it: a bare /submit then means the text).</summary>
    public async Task ForgetAsync(Platform platform, string userId, CancellationToken cancellationToken)
    {
        copies.Remove(Key(platform.Name, userId));
        try
        {
            await store.ForgetAsync(platform.Name, userId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStoreFailed(e);
        }
    }

    private async Task<byte[]?> FetchAgainAsync(Platform platform, PendingImage offer, CancellationToken cancellationToken)
    {
        var source = offer.Reference is { } reference ? references.FirstOrDefault(r => r.Platform == platform)?.Resolve(reference) : null;
        if (source is null)
        {
            LogNoWayBack(platform.Name);
            return null;
        }

        try
        {
            var download = await source.Download(maxBytes, cancellationToken);
            if (download.Bytes is { } bytes && Sha256(bytes) == offer.Sha256)
            {
                return bytes;
            }

            LogFetchedOther(platform.Name, download.Refusal);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFetchFailed(e, platform.Name);
        }

        return null;
    }

    private static string Key(string platform, string userId) => platform + ":" + userId;

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The pending image store failed; a submission after this image may go without it")]
    private partial void LogStoreFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "An image offered on {Platform} had text too long to keep for a submission")]
    private partial void LogTooLong(string platform);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An image offered on {Platform} cannot be fetched again here (no reference, or no adapter for it); its text is submitted alone")]
    private partial void LogNoWayBack(string platform);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An image offered on {Platform} could not be fetched again ({Refusal}, or other bytes); its text is submitted alone")]
    private partial void LogFetchedOther(string platform, ImageRefusal refusal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching an offered image again on {Platform} failed; its text is submitted alone")]
    private partial void LogFetchFailed(Exception exception, string platform);

}
