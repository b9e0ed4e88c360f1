namespace FactCheck.Core.Images;

/// <summary>PDQ fingerprints of images a verdict was published for, each kept with its claim (SQLite migration 0008), so
/// that a forwarded copy of the image answers that claim even when no text can be read from it.</summary>
/// <remarks>A store may compare by a linear scan: a 256-bit Hamming distance is a few nanoseconds, and reading the rows
/// dominates (SQLite: about 0.1 s at 100,000 kept fingerprints on a busy 2-core machine, see bench/README.md), so a scan
/// fits up to about that many; beyond that an index (multi-index hashing) is needed.</remarks>
public interface IImageFingerprintStore
{
    /// <summary>Keeps <paramref name="hashes"/> with the claim; a hash already kept with it changes nothing.</summary>
    /// <param name="claimId">The claim the image is evidence of.</param>
    /// <param name="hashes">The image's fingerprints (whole, and without caption bars).</param>
    /// <param name="source">Where the image came from (e.g. "tip:12").</param>
    /// <param name="now">When.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task AddAsync(string claimId, IReadOnlyList<PdqHash> hashes, string source, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The claims with a kept fingerprint at most <paramref name="maxDistance"/> bits from any of
    /// <paramref name="hashes"/>, nearest first, each claim once.</summary>
    Task<IReadOnlyList<FingerprintMatch>> FindAsync(IReadOnlyList<PdqHash> hashes, int maxDistance, CancellationToken cancellationToken);
}
