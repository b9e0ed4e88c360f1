using System.Globalization;
using System.Text;

namespace FactCheck.Core.Claims;

/// <summary>Reads a publisher's rating words as a <see cref="Verdict"/>; words it does not know give <see cref="Verdict.Other"/>.</summary>
/// <remarks>
/// Matching ignores case, accents, punctuation and spacing, and looks only at the whole rating or at its leading label
/// ("[SALAH] Video ...", "FALSO: As imagens ..."); it never searches inside a sentence, because "not false" or a
/// publisher's explanation would then be read backwards. Numbers never produce a verdict: scales differ between
/// publishers and schema.org's own example pairs 1 of 6 with "True".
/// Choices where the words do not map one to one:
/// - "Mostly false" / PolitiFact "barely true" / "partly false": a grain of truth that leaves a wrong impression, which
///   is what Misleading means; False would overstate the publisher's finding.
/// - "Half true" / "mixture" / "sebagian benar" / "não é bem assim": partly accurate, important parts missing or
///   mixed: MissingContext, the weakest of our negative verdicts, since the publisher did not call it wrong.
/// - "False context" (Mafindo "konteks keliru"): genuine material presented with a false story around it: Misleading.
/// - "Unfounded" ("infundado", "infondé"): the claim has no basis the checker could find, not that it was shown wrong:
///   Unverified. "Outdated": once true, no longer: MissingContext.
/// - "Penipuan" (scam), "disinformasi", "misinformasi", "hoaks": the Indonesian checkers' labels for false content: False.
/// - Cofacts "RUMOR" / "NOT_RUMOR": their reviewers' finding that a message does / does not carry misinformation.
/// </remarks>
public static class RatingMapper
{
    /// <summary>Our verdict for <paramref name="ratingText"/>, or <see cref="Verdict.Other"/> when the words are unknown or empty.</summary>
    public static Verdict Map(string? ratingText)
    {
        if (string.IsNullOrWhiteSpace(ratingText))
        {
            return Verdict.Other;
        }

        foreach (var candidate in Candidates(ratingText))
        {
            if (RatingWords.Table.TryGetValue(Normalize(candidate), out var verdict))
            {
                return verdict;
            }
        }

        return Verdict.Other;
    }

    /// <summary>The whole rating, then its bracketed label, then the text before the first separator.</summary>
    private static IEnumerable<string> Candidates(string rating)
    {
        var text = rating.Trim();
        yield return text;

        if (text.StartsWith('[') && text.IndexOf(']', StringComparison.Ordinal) is > 1 and var close)
        {
            yield return text[1..close];
        }

        var cut = text.IndexOfAny([':', '.', ',', '!', ';', '(', '\n', '–', '—']);
        if (cut > 0)
        {
            yield return text[..cut];
        }

        var dash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0)
        {
            yield return text[..dash];
        }
    }

    /// <summary>Lower case, no accents, letters and digits separated by single spaces.</summary>
    internal static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return sb.ToString();
    }
}
