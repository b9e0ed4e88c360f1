namespace FactCheck.Core.Images;

/// <summary>Why an image was not read. Each has a sentence a user can act on (<see cref="ImageRefusals.Describe"/>).</summary>
public enum ImageRefusal
{
    None,
    Empty,
    TooManyBytes,
    TooManyPixels,
    NotAnImage,
    Truncated,

    /// <summary>The platform did not give the file (a network failure, an expired link).</summary>
    Unavailable,
}
