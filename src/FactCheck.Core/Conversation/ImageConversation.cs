using FactCheck.Core.Images;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using Microsoft.Extensions.Logging;

namespace FactCheck.Core.Conversation;

/// <summary>What the conversation does with an image, once for every surface: the size limit before any download, the
/// download, decoding within limits, OCR (with the "reading your image…" notice when it must wait), and the claims whose
/// kept fingerprints the image matches.</summary>
/// <param name="reader">Decodes, fingerprints and reads images.</param>
/// <param name="time">The clock of <see cref="Recent"/>.</param>
/// <param name="logger">Failed downloads and lookups.</param>
/// <param name="fingerprints">Kept fingerprints; without it no image matches a claim by itself.</param>
/// <param name="claims">Where a matched claim is read from.</param>
/// <param name="pending">Where offered images wait for /submit, shared by every instance; in this process's memory without it.</param>
/// <param name="references">Each platform's way back from an image reference to the image, to fetch an offered image again.</param>
public sealed partial class ImageConversation(
    ImageReader reader,
    TimeProvider time,
    ILogger<ImageConversation> logger,
    IImageFingerprintStore? fingerprints = null,
    IClaimStore? claims = null,
    IPendingImageStore? pending = null,
    IEnumerable<IImageReferences>? references = null)
{
    /// <summary>Each user's last image offered to the reviewers, until they submit it.</summary>
    public RecentImages Recent { get; } = new(time, pending ?? new MemoryPendingImageStore(), references ?? [], reader.Options.MaxBytes, logger);

    public ImageOptions Options => reader.Options;

    /// <summary>True while every OCR slot is taken: an image read now would wait for one.</summary>
    public bool OcrBusy => reader.Busy;

    /// <summary>Fetches and reads the image; a refusal, a failed download or a failing fingerprint lookup is a value.</summary>
    /// <param name="image">The image as the adapter offers it.</param>
    /// <param name="whenQueued">Runs when the image must wait for a free OCR slot.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<ImageLook> LookAsync(IncomingImage image, Func<CancellationToken, Task>? whenQueued, CancellationToken cancellationToken)
    {
        var options = reader.Options;
        if (image.DeclaredBytes > options.MaxBytes)
        {
            return ImageLook.Refused(ImageRefusal.TooManyBytes);
        }

        ImageDownload download;
        try
        {
            download = await image.Download(options.MaxBytes, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogDownloadFailed(e);
            return ImageLook.Refused(ImageRefusal.Unavailable);
        }

        if (download.Bytes is not { } bytes)
        {
            return ImageLook.Refused(download.Refusal == ImageRefusal.None ? ImageRefusal.Unavailable : download.Refusal);
        }

        var reading = await reader.ReadAsync(bytes, whenQueued, cancellationToken);
        if (reading.Refusal != ImageRefusal.None)
        {
            return ImageLook.Refused(reading.Refusal);
        }

        var hashes = reading.Fingerprints.Select(f => f.Hash).ToList();
        var tipImage = new TipImage(bytes, ImageFormats.MediaType(bytes), hashes);
        return new ImageLook(ImageRefusal.None, reading, tipImage, await MatchedClaimsAsync(hashes, cancellationToken)) { Reference = download.Reference };
    }

    /// <summary>The text a tip of this image is stored with: what was checked, else a line naming the image by its fingerprint.</summary>
    public static string TipTextOf(string checkedText, TipImage image) =>
        string.IsNullOrWhiteSpace(checkedText) ? image.Placeholder() : checkedText.Trim();

    private async Task<IReadOnlyList<(Claims.Claim, int)>> MatchedClaimsAsync(List<PdqHash> hashes, CancellationToken cancellationToken)
    {
        if (fingerprints is null || claims is null || hashes.Count == 0)
        {
            return [];
        }

        try
        {
            var found = new List<(Claims.Claim, int)>();
            foreach (var match in await fingerprints.FindAsync(hashes, reader.Options.MatchDistance, cancellationToken))
            {
                // A claim deleted since keeps no verdict to give.
                if (await claims.GetAsync(match.ClaimId, cancellationToken) is { Reviews.Count: > 0 } claim)
                {
                    found.Add((claim, match.Distance));
                }
            }

            return found;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The text still gets checked; only the fingerprint's shortcut is lost.
            LogLookupFailed(e);
            return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetching an image failed")]
    private partial void LogDownloadFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking up image fingerprints failed")]
    private partial void LogLookupFailed(Exception exception);
}
