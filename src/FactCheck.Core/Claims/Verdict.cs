namespace FactCheck.Core.Claims;

/// <summary>Our normalised reading of a publisher's rating; the publisher's own words are always kept beside it.</summary>
public enum Verdict
{
    Other = 0,
    False,
    Misleading,
    MissingContext,
    Unverified,
    Satire,
    MostlyTrue,
    True,
}
