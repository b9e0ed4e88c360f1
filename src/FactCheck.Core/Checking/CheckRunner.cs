using FactCheck.Core.Matching;

namespace FactCheck.Core.Checking;

/// <summary>One check of a message on one state of the index: input limits, the match, and the decisions kept.</summary>
internal static class CheckRunner
{
    public static CheckReport Check(Matcher current, CheckRequest request, MatchingOptions options, CancellationToken cancellationToken)
    {
        var text = request.Text ?? string.Empty;
        var note = InputNote.None;
        if (text.Length > options.MaxCheckedCharacters)
        {
            text = text[..options.MaxCheckedCharacters];
            note = InputNote.Truncated;
        }

        var normalized = TextNormalizer.Normalize(text);
        var uiLanguage = UiLanguage(request.UiLanguage, normalized.Text);
        if (string.IsNullOrWhiteSpace(normalized.Text) && normalized.Urls.Count == 0 && (request.Urls?.Count ?? 0) == 0)
        {
            var empty = string.IsNullOrWhiteSpace(request.Text) ? InputNote.Empty : InputNote.NothingToCheck;
            return new CheckReport(uiLanguage, empty, [], [], 0);
        }

        if (!normalized.Text.Any(char.IsLetterOrDigit) && normalized.Urls.Count == 0 && (request.Urls?.Count ?? 0) == 0)
        {
            return new CheckReport(uiLanguage, InputNote.NothingToCheck, [], [], 0);
        }

        var result = current.Match(text, request.Urls, cancellationToken);
        var matches = new List<ClaimMatch>();
        foreach (var m in result.Matches)
        {
            if (current.Decide(m) is { } decision)
            {
                matches.Add(new ClaimMatch(current.Index.Claims[m.ClaimIndex], decision, Math.Round(m.Confidence, 3), m.Passage.Original));
            }
        }

        var ordered = matches
            .OrderByDescending(m => m.Decision)
            .ThenByDescending(m => m.Score)
            .Take(options.MaxMatches)
            .ToList();
        return new CheckReport(uiLanguage, note, ordered, result.UnmatchedPassages, result.PassageCount);
    }

    private static string UiLanguage(string? requested, string normalizedText)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return requested.StartsWith("id", StringComparison.OrdinalIgnoreCase) ? "id" : "en";
        }

        return LanguageGuesser.Guess(normalizedText) == "id" ? "id" : "en";
    }
}
