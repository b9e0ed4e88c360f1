namespace FactCheck.Core.Tips;

/// <summary>The tipline's images: kept when submitted, their fingerprints kept with the claim a verdict answers them with.</summary>
public sealed partial class TipService
{
    // A tip keeps its first image; a joined tip's later copies add nothing the reviewers need.
    private async Task KeepImageAsync(TipSubmission submission, SubmitResult result, CancellationToken cancellationToken)
    {
        if (images is not null && submission.Image is { } image && result.TipId > 0)
        {
            await images.SaveAsync(result.TipId, submission.Asker.Platform, submission.Asker.UserId, image, time.GetUtcNow(), cancellationToken);
        }
    }

    // A verdict published for (or attached to) a tip submitted as an image answers every copy of that image from now on.
    private async Task FingerprintClaimAsync(long tipId, string claimId, CancellationToken cancellationToken)
    {
        if (images is not null && fingerprints is not null && await images.GetAsync(tipId, cancellationToken) is { } image)
        {
            await fingerprints.AddAsync(claimId, image.Hashes, ClaimIdFor(tipId), time.GetUtcNow(), cancellationToken);
        }
    }
}
