using FactCheck.Core.Claims;

namespace FactCheck.Core.Tests.Matching;

/// <summary>Claims shaped like the seed data, built in code so that matcher tests need no importer.</summary>
internal static class SeedLikeClaims
{
    public static readonly Claim KimJongUn = Make(
        "kim",
        "Kim Jong Un told Putin \"you are too crazy for us\" when Russia asked North Korea for help with its invasion of Ukraine.",
        Verdict.Unverified,
        "Kim Jong Un kepada Putin: \"Anda terlalu gila bagi kami\".",
        "Rusia meminta bantuan Korea Utara dengan invasi yang gagal; Korea Utara menjawab \"Kamu terlalu gila untuk kami\".");

    public static readonly Claim Soldiers = Make(
        "soldiers",
        "Russia had lost up to 13,500 soldiers in Ukraine by mid-March 2022.",
        Verdict.Unverified,
        "Rusia telah kehilangan hingga 13.500 tentara dalam konflik di Ukraina.");

    public static readonly Claim Vaccine = Make(
        "vaccine",
        "COVID-19 vaccines contain microchips to track people.",
        Verdict.False,
        "Vaksin COVID-19 mengandung microchip untuk melacak orang.");

    public static IReadOnlyList<Claim> All => [KimJongUn, Soldiers, Vaccine];

    private static Claim Make(string id, string english, Verdict verdict, params string[] indonesian) => new(
        id,
        english,
        "en",
        indonesian.Select(t => new Phrasing(t, "id")).ToList(),
        [],
        [new Review("https://factcheck.example.org/" + id, new Publisher("Example Fact Check"), verdict.ToString(), verdict, new DateOnly(2022, 3, 15))]);
}
