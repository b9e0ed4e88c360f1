using System.Globalization;
using System.Text.Json;
using FactCheck.Core.Claims;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace FactCheck.Core.Matching;

/// <summary>What the index holds of a claim: one Lucene document per claim, keyed by its id and its slot (the stable
/// number the matcher addresses it by), with a text field per phrasing, the analysed terms of each phrasing (for
/// coverage, read by <see cref="ClaimTerms"/>), its canonical URLs, and the claim itself (so a reply needs no database read).</summary>
/// <remarks>The bookkeeping fields start with an underscore: the language fields are named by language code, and "id"
/// is Indonesian.</remarks>
internal static class ClaimDocuments
{
    /// <summary>The slot as a number per document (doc values), read for every hit.</summary>
    public const string SlotField = "claim";

    /// <summary>The slot as an exact term, to find a claim's document by its slot.</summary>
    public const string SlotKeyField = "_slot";

    /// <summary>The claim's id as an exact term: updates and deletes replace the document by it.</summary>
    public const string IdField = "_id";

    /// <summary>Per claim, its phrasings (separated by <see cref="PhrasingSeparator"/>), each its field index then its
    /// analysed terms (separated by <see cref="Separator"/>): doc values, read at random for every hit without
    /// decompressing a block of stored documents.</summary>
    public const string TermsField = "_terms";

    /// <summary>The canonical URLs of the claim's appearances and reviews, as exact terms.</summary>
    public const string UrlField = "_url";

    /// <summary>The claim, as JSON.</summary>
    public const string ClaimField = "_claim";

    private const char Separator = '\u001F';
    private const char PhrasingSeparator = '\u001E';

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>The document of <paramref name="claim"/> in <paramref name="slot"/>; <paramref name="storeClaim"/> false
    /// when the claims are held in a list beside the index (an index built for one run).</summary>
    public static Document Build(int slot, Claim claim, LanguageAnalyzers analyzers, bool storeClaim)
    {
        var doc = new Document
        {
            new NumericDocValuesField(SlotField, slot),
            new StringField(SlotKeyField, SlotKey(slot), Field.Store.NO),
            new StringField(IdField, claim.Id, Field.Store.YES),
        };
        var phrasings = new List<string>();
        foreach (var (text, language) in Texts(claim))
        {
            var normalized = TextNormalizer.Normalize(text).Text;
            var field = LanguageAnalyzers.FieldFor(language);
            var f = Array.IndexOf(LanguageAnalyzers.Fields, field);
            doc.Add(new TextField(field, normalized, Field.Store.NO));
            var terms = analyzers.Terms(field, normalized).Distinct(StringComparer.Ordinal).ToList();
            if (terms.Count > 0)
            {
                phrasings.Add(f.ToString(CultureInfo.InvariantCulture) + Separator + string.Join(Separator, terms));
            }
        }

        doc.Add(new BinaryDocValuesField(TermsField, new BytesRef(Encoding.UTF8.GetBytes(string.Join(PhrasingSeparator, phrasings)))));

        foreach (var url in CanonicalUrls(claim))
        {
            doc.Add(new StringField(UrlField, url, Field.Store.NO));
        }

        if (storeClaim)
        {
            doc.Add(new StoredField(ClaimField, JsonSerializer.SerializeToUtf8Bytes(claim, Json)));
        }

        return doc;
    }

    /// <summary>The exact term of a slot.</summary>
    public static string SlotKey(int slot) => slot.ToString(CultureInfo.InvariantCulture);

    /// <summary>The claim stored in a document.</summary>
    public static Claim ClaimOf(Document doc)
    {
        var bytes = doc.GetBinaryValue(ClaimField) ?? throw new InvalidDataException("A claim document holds no claim.");
        return JsonSerializer.Deserialize<Claim>(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length), Json)
            ?? throw new InvalidDataException("A claim document holds no claim.");
    }

    /// <summary>Every text of the claim with its language (declared, else guessed).</summary>
    public static IEnumerable<(string Text, string Language)> Texts(Claim claim)
    {
        yield return (claim.Text, ResolveLanguage(claim.Language, claim.Text));
        foreach (var p in claim.Phrasings)
        {
            yield return (p.Text, ResolveLanguage(p.Language ?? claim.Language, p.Text));
        }
    }

    /// <summary>The canonical URLs the claim is known at.</summary>
    public static IEnumerable<string> CanonicalUrls(Claim claim) =>
        claim.Appearances.Concat(claim.Reviews.Select(r => r.Url))
            .Select(UrlCanonicalizer.Canonicalize)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

    private static string ResolveLanguage(string? declared, string text) =>
        string.IsNullOrWhiteSpace(declared) || declared == "und" ? LanguageGuesser.Guess(TextNormalizer.Normalize(text).Text) : declared;
}
