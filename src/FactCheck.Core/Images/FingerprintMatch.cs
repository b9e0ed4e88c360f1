namespace FactCheck.Core.Images;

/// <summary>A claim whose kept image fingerprint is <paramref name="Distance"/> bits (of 256) from the image asked about.</summary>
public sealed record FingerprintMatch(string ClaimId, int Distance);
