namespace FactCheck.Core.Claims;

/// <summary>The rating words <see cref="RatingMapper"/> knows, already normalised (lower case, no accents, single spaces).</summary>
internal static class RatingWords
{
    public static readonly IReadOnlyDictionary<string, Verdict> Table = Build();

    private static Dictionary<string, Verdict> Build()
    {
        var table = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        Add(table, Verdict.False,
            "false", "pants on fire", "pants fire", "incorrect", "wrong", "untrue", "not true", "fake", "fake news",
            "hoax", "really false", "totally false", "fabricated", "four pinocchios", "scam", "rumor", "rumour",
            "salah", "keliru", "hoaks", "hoax", "disinformasi", "misinformasi", "penipuan", "bohong", "fitnah",
            "berita bohong", "tidak benar", "konten palsu", "konten yang salah", "palsu",
            "falso", "falsa", "faux", "fausse", "falsch", "fake", "nao e verdade", "no es verdad", "bulo", "misattributed", "konten tiruan", "konten yang salah",
            "farsa", "mentira", "錯誤", "错误");
        Add(table, Verdict.Misleading,
            "misleading", "mostly false", "barely true", "partly false", "partially false", "false context",
            "exaggerated", "exaggeration", "distorted", "manipulated", "altered", "doctored", "miscaptioned",
            "out of context", "manipulated media", "menyesatkan", "konten yang menyesatkan", "konteks keliru",
            "konten yang dimanipulasi", "konten manipulasi", "sebagian besar salah",
            "enganoso", "enganosa", "enganador", "distorcido", "exagerado", "exagerada", "manipulado", "manipulada",
            "trompeur", "trompeuse", "plutot faux", "irrefuhrend", "manipuliert", "grosstenteils falsch",
            "部分錯誤", "部分错误", "fuera de contexto", "sacado de contexto", "fora de contexto", "hors contexte", "koneksi yang salah",
            "konteks yang salah", "parcialmente falso", "parcialmente falsa", "partiellement faux", "teilweise falsch");
        Add(table, Verdict.MissingContext,
            "missing context", "needs context", "lacks context", "lack of context", "half true", "mixture", "mixed",
            "partly true", "partially true", "partially correct", "partly correct", "sebagian benar", "kurang konteks",
            "butuh konteks", "perlu konteks", "nao e bem assim", "impreciso", "imprecisa", "verdadero pero",
            "falta contexto", "sin contexto", "sem contexto", "a contextualizar", "medio verdadero", "meia verdade",
            "en partie vrai", "plutot vrai mais", "teilweise richtig", "fehlender kontext", "outdated",
            "parcialmente verdadero", "parcialmente verdadeiro", "verdad a medias", "manque de contexte");
        Add(table, Verdict.Unverified,
            "unproven", "unverified", "unverifiable", "unsupported", "unsubstantiated", "no evidence",
            "insufficient evidence", "not proven", "cannot be verified", "research in progress", "unclear",
            "belum terbukti", "tidak terbukti", "belum terverifikasi", "tidak dapat diverifikasi",
            "sin evidencia", "sin pruebas", "no verificable", "insustentavel", "sem provas", "nao comprovado",
            "non prouve", "invérifiable", "infundado", "infondado", "infonde", "dudoso", "unbelegt", "nicht belegt", "unbewiesen", "证据不足", "證據不足");
        Add(table, Verdict.Satire,
            "satire", "satirical", "parody", "labeled satire", "satir", "satire parodi", "parodi", "komedi",
            "satira", "satirico", "satirica", "parodia", "satirique", "parodie", "originated as satire", "satire atau parodi");
        Add(table, Verdict.MostlyTrue,
            "mostly true", "largely true", "mostly correct", "largely accurate", "sebagian besar benar",
            "mayormente verdadero", "principalmente verdadero", "verdadeiro mas", "plutot vrai",
            "weitgehend richtig", "uberwiegend richtig");
        Add(table, Verdict.True,
            "true", "correct", "accurate", "correct attribution", "not rumor", "not rumour", "benar", "fakta", "sahih", "akurat",
            "verdadeiro", "verdadeira", "verdadero", "verdadera", "vrai", "richtig", "wahr", "stimmt");
        return table;
    }

    private static void Add(Dictionary<string, Verdict> table, Verdict verdict, params string[] words)
    {
        foreach (var word in words)
        {
            table[RatingMapper.Normalize(word)] = verdict;
        }
    }
}
