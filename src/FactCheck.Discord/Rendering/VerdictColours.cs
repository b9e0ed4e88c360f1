using FactCheck.Core.Claims;

namespace FactCheck.Discord.Rendering;

/// <summary>Embed colours: red to green by verdict, greys for what is not a verdict.</summary>
internal static class VerdictColours
{
    public const int PossiblyRelated = 0xB0BEC5;
    public const int NoMatch = 0x607D8B;
    public const int Note = 0x1E88E5;

    public static int For(Verdict verdict) => verdict switch
    {
        Verdict.False => 0xD32F2F,
        Verdict.Misleading => 0xF57C00,
        Verdict.MissingContext => 0xFBC02D,
        Verdict.Unverified => 0x78909C,
        Verdict.Satire => 0x8E24AA,
        Verdict.MostlyTrue => 0x7CB342,
        Verdict.True => 0x388E3C,
        _ => 0x9E9E9E,
    };
}
