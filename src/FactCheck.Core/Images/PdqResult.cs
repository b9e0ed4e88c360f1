namespace FactCheck.Core.Images;

/// <summary>A PDQ hash and PDQ's quality score (0–100): below about 50 the image is too flat for the hash to mean much.</summary>
public sealed record PdqResult(PdqHash Hash, int Quality);
