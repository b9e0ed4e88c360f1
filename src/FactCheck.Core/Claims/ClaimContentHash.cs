using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Core.Claims;

/// <summary>A digest of everything stored about a claim, so an upsert can tell added, updated and unchanged apart
/// without comparing rows; any database implementation of the store uses the same digest.</summary>
public static class ClaimContentHash
{
    public static string Compute(Claim claim)
    {
        var sb = new StringBuilder(512);
        Field(sb, claim.Text);
        Field(sb, claim.Language);
        sb.Append('P').Append(claim.Phrasings.Count);
        foreach (var p in claim.Phrasings)
        {
            Field(sb, p.Text);
            Field(sb, p.Language);
        }

        sb.Append('A').Append(claim.Appearances.Count);
        foreach (var a in claim.Appearances)
        {
            Field(sb, a);
        }

        sb.Append('R').Append(claim.Reviews.Count);
        foreach (var r in claim.Reviews)
        {
            Field(sb, r.Url);
            Field(sb, r.Publisher.Name);
            Field(sb, r.Publisher.Site);
            Field(sb, r.RatingText);
            Field(sb, r.Verdict.ToString());
            Field(sb, r.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            Field(sb, r.Headline);
            Field(sb, r.Language);
            Field(sb, r.Summary);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    /// <summary>Length-prefixed, so that no two different field sequences give the same text; null differs from "".</summary>
    private static void Field(StringBuilder sb, string? value)
    {
        if (value is null)
        {
            sb.Append('~');
            return;
        }

        sb.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
    }
}
