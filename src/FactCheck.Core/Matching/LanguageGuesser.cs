namespace FactCheck.Core.Matching;

/// <summary>Tells Indonesian from English (the two languages the bot is built for first) by their commonest words.</summary>
public static class LanguageGuesser
{
    private static readonly HashSet<string> Indonesian = new(StringComparer.Ordinal)
    {
        "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke",
        "karena", "ada", "adalah", "bahwa", "oleh", "sudah", "saya", "kami", "kita", "anda", "mereka", "telah", "bisa",
        "atau", "hanya", "lebih", "jika", "tersebut", "sebagai", "belum", "agar", "hari", "menjadi", "tapi", "namun",
        "kata", "dia", "nya", "lagi", "sangat", "banyak", "semua", "para", "serta", "bagi", "hingga", "dapat", "sedang",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "is", "are", "was", "were", "of", "to", "in", "that", "it", "for", "on", "with", "as", "this",
        "by", "be", "have", "has", "not", "from", "they", "you", "he", "she", "we", "his", "her", "will", "at", "an",
        "or", "but", "their", "been", "who", "what", "there", "would", "all", "said", "about", "which", "after", "if",
    };

    /// <summary>"id", "en", or "und" when neither shows (too short, another language, no words).</summary>
    public static string Guess(string normalizedText)
    {
        int id = 0, en = 0;
        foreach (var word in Words(normalizedText))
        {
            if (Indonesian.Contains(word))
            {
                id++;
            }

            if (English.Contains(word))
            {
                en++;
            }
        }

        if (id == 0 && en == 0)
        {
            return "und";
        }

        return id >= en ? "id" : "en";
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
