using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace FactCheck.Core.Matching;

/// <summary>One Lucene field per analysed language: English and Indonesian with their stemmers and stop words, and a plain field for every other language.</summary>
internal sealed class LanguageAnalyzers : IDisposable
{
    public const string English = "en";
    public const string Indonesian = "id";
    public const string Other = "xx";

    public static readonly string[] Fields = [English, Indonesian, Other];

    private static readonly int[] AllFields = [.. Enumerable.Range(0, Fields.Length)];

    private readonly Analyzer english = new EnglishAnalyzer(LuceneVersion.LUCENE_48);
    private readonly Analyzer indonesian = new IndonesianAnalyzer(LuceneVersion.LUCENE_48, IndonesianStopWords);
    private readonly Analyzer other = new StandardAnalyzer(LuceneVersion.LUCENE_48);

    /// <summary>
    /// Only true function words. Lucene's default Indonesian list (355 words) also drops "anda", "kami", "terlalu",
    /// "bukan", "belum"..., which carry the meaning of the quotes and denials that hoaxes are made of.
    /// </summary>
    private static readonly CharArraySet IndonesianStopWords = new(LuceneVersion.LUCENE_48,
        new[]
        {
            "yang", "dan", "di", "ke", "dari", "ini", "itu", "untuk", "dengan", "pada", "adalah", "dalam", "akan", "juga",
            "oleh", "atau", "sebagai", "telah", "sudah", "karena", "bahwa", "tersebut", "para", "pun", "lah", "kah",
            "nya", "si", "sang", "serta", "agar", "yaitu", "yakni", "dst", "dll", "pula", "tentang", "hingga", "sejak",
        },
        ignoreCase: true);

    public LanguageAnalyzers()
    {
        PerField = new PerFieldAnalyzerWrapper(other, new Dictionary<string, Analyzer>
        {
            [English] = english,
            [Indonesian] = indonesian,
            [Other] = other,
        });
    }

    /// <summary>The analyser that routes each field to its language's analyser.</summary>
    public Analyzer PerField { get; }

    /// <summary>The field a text of this language is indexed under.</summary>
    public static string FieldFor(string? language) => language?.ToLowerInvariant() switch
    {
        null or "" => Other,
        var l when l.StartsWith("en", StringComparison.Ordinal) => English,
        var l when l.StartsWith("id", StringComparison.Ordinal) || l.StartsWith("in", StringComparison.Ordinal) || l.StartsWith("ms", StringComparison.Ordinal) => Indonesian,
        _ => Other,
    };

    /// <summary>
    /// The fields a passage of this language is searched in: its own language's only, so that a message is ranked among
    /// the claims of its language (an Indonesian message analysed as English matched English claims on names and
    /// numbers and pushed its Indonesian claim out of the candidates). Undetermined: every field.
    /// </summary>
    public static IReadOnlyList<int> SearchedFields(string? language) => language switch
    {
        null or "" or "und" => AllFields,
        _ => [Array.IndexOf(Fields, FieldFor(language))],
    };

    /// <summary>The terms of <paramref name="text"/> as the field's analyser produces them, in order.</summary>
    public List<string> Terms(string field, string text)
    {
        var terms = new List<string>();
        using var stream = PerField.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    public void Dispose()
    {
        PerField.Dispose();
        english.Dispose();
        indonesian.Dispose();
        other.Dispose();
    }
}
