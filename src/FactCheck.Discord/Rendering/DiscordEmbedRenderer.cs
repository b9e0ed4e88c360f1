using System.Globalization;
using FactCheck.Core.Checking;
using FactCheck.Core.Claims;
using FactCheck.Core.Replies;
using FactCheck.Discord.Model;

namespace FactCheck.Discord.Rendering;

/// <summary>Turns a <see cref="CheckReport"/> into Discord embeds within Discord's limits, one field per matched claim.</summary>
/// <param name="checkedCharacters">How many characters the checker reads, quoted when a report was truncated.</param>
public sealed class DiscordEmbedRenderer(int checkedCharacters = DiscordEmbedRenderer.DefaultCheckedCharacters)
{
    /// <summary>Quoted in the "only the first N characters were checked" note unless the host says otherwise.</summary>
    public const int DefaultCheckedCharacters = 20_000;

    /// <summary>The embeds answering <paramref name="report"/>: confident matches grouped and coloured by verdict, then suggestions.</summary>
    public IReadOnlyList<Embed> Render(CheckReport report)
    {
        var ui = UiText.For(report.UiLanguage);
        var notes = NoteLines(report, ui);
        var footer = new EmbedFooter(ui.Disclaimer);
        if (report.IsNoMatch)
        {
            if (report.Note is InputNote.None or InputNote.Truncated)
            {
                notes.Add(ui.NoMatch);
            }

            var colour = report.Note is InputNote.None ? VerdictColours.NoMatch : VerdictColours.Note;
            return [new Embed(Description: EmbedLimits.Truncate(string.Join("\n", notes), EmbedLimits.Description), Color: colour, Footer: footer)];
        }

        var sections = Sections(report, ui);
        var shown = sections.Sum(s => s.Matches.Count);
        var hidden = report.Matches.Count - shown;
        if (hidden > 0)
        {
            footer = new EmbedFooter(ui.Disclaimer + " " + string.Format(CultureInfo.InvariantCulture, ui.AndMore, hidden));
        }

        if (report.UnmatchedPassages.Count > 0)
        {
            notes.Add(string.Format(CultureInfo.InvariantCulture, ui.UnmatchedPassages, report.UnmatchedPassages.Count));
        }

        var description = notes.Count > 0 ? EmbedLimits.Truncate(string.Join("\n", notes), EmbedLimits.Description) : null;
        var fixedLength = sections.Sum(s => s.Title.Length) + (description?.Length ?? 0) + footer.Text.Length;
        var budget = Math.Min(EmbedLimits.FieldName + EmbedLimits.FieldValue, (EmbedLimits.Total - fixedLength) / Math.Max(1, shown));
        var fields = new ClaimFieldBuilder(ui);

        var embeds = sections.Select((s, i) => new Embed(
            Title: s.Title,
            Description: i == 0 ? description : null,
            Color: s.Colour,
            Fields: s.Matches.Select(m => fields.Build(m, budget)).ToList(),
            Footer: i == sections.Count - 1 ? footer : null)).ToList();
        return embeds;
    }

    private List<string> NoteLines(CheckReport report, UiText ui)
    {
        var note = report.Note switch
        {
            InputNote.Empty => ui.EmptyInput,
            InputNote.NothingToCheck => ui.NothingToCheck,
            InputNote.Truncated => string.Format(CultureInfo.InvariantCulture, ui.Truncated, checkedCharacters),
            _ => null,
        };
        return note is null ? [] : [note];
    }

    /// <summary>Confident matches grouped by verdict in order of first appearance, then suggestions; at most 25 fields in all.</summary>
    private static List<Section> Sections(CheckReport report, UiText ui)
    {
        var sections = new List<Section>();
        var room = EmbedLimits.Fields;
        foreach (var group in report.Matches.Where(m => m.Decision == MatchDecision.Reply).GroupBy(m => PrimaryVerdict(m.Claim)))
        {
            var take = group.Take(room).ToList();
            if (take.Count > 0)
            {
                room -= take.Count;
                sections.Add(new Section(
                    EmbedLimits.Truncate($"{ui.VerdictHeading}: {ui.VerdictName(group.Key)}", EmbedLimits.Title), VerdictColours.For(group.Key), take));
            }
        }

        var suggestions = report.Matches.Where(m => m.Decision == MatchDecision.Suggest).Take(room).ToList();
        if (suggestions.Count > 0)
        {
            sections.Add(new Section(EmbedLimits.Truncate(ui.PossiblyRelatedHeading, EmbedLimits.Title), VerdictColours.PossiblyRelated, suggestions));
        }

        return sections;
    }

    private static Verdict PrimaryVerdict(Claim claim) => claim.Reviews.Count > 0 ? claim.Reviews[0].Verdict : Verdict.Other;

    private sealed record Section(string Title, int Colour, IReadOnlyList<ClaimMatch> Matches);
}
