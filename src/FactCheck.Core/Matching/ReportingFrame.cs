namespace FactCheck.Core.Matching;

/// <summary>Words with which a message reports a claim (attribution, dates) rather than state it, in English and Indonesian.</summary>
internal static class ReportingFrame
{
    /// <summary>The words, space-separated, to be run through each field's analyser.</summary>
    public const string Words =
        "said says say according reported reportedly reports report source sources tweet tweeted wrote writes via news breaking " +
        "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august " +
        "september october november december " +
        "kata katanya mengatakan menurut sumber dilansir melansir sebagaimana dikutip mengutip ungkap ungkapnya ujar ujarnya " +
        "tulis tulisnya dikabarkan kabarnya kabar laporan dilaporkan berita senin selasa rabu kamis jumat sabtu minggu " +
        "januari februari maret mei juni juli agustus oktober desember";
}
