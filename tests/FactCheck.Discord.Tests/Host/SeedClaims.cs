using FactCheck.Core.Claims;

namespace FactCheck.Discord.Tests.Host;

/// <summary>
/// The seed claim (seeds/demo-claims.jsonld, "kim-jong-un-too-crazy") for hosts that do not load the seeds themselves
/// yet; the real matcher runs over it. Once BotHostFactory registers the core loop, the host's own seeds are used.
/// </summary>
internal static class SeedClaims
{
    public static IReadOnlyList<Claim> KimJongUn { get; } =
    [
        new Claim(
            "urn:factcheck-bot:demo:kim-jong-un-too-crazy",
            "Kim Jong Un told Putin \"you are too crazy for us\" when Russia asked North Korea for help with its invasion of Ukraine.",
            "en",
            [
                new Phrasing("Kim Jong Un kepada Putin: \"Anda terlalu gila bagi kami\".", "id"),
                new Phrasing("Rusia meminta bantuan Korea Utara dengan invasi yang gagal; Korea Utara menjawab \"Kamu terlalu gila untuk kami\".", "id"),
            ],
            [],
            [
                new Review(
                    "urn:factcheck-bot:demo:kim-jong-un-too-crazy",
                    new Publisher("factcheck-bot demo data"),
                    "Unverified",
                    Verdict.Unverified,
                    new DateOnly(2026, 11, 27),
                    Language: "en",
                    Summary: "Demo entry drawn from the seed article (IsuBogor, March 2022). Its only source is a tweet by Sarah Hurst of XSoviet News, relayed by Express UK on 15 March 2022; the report itself says no other source confirmed it."),
            ]),
    ];
}
