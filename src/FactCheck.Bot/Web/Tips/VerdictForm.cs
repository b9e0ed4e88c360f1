using System.Text;
using FactCheck.Bot.Web.Html;
using FactCheck.Core.Claims;
using FactCheck.Core.Tips;
using Microsoft.AspNetCore.Http;
using static FactCheck.Bot.Web.Html.Html;

namespace FactCheck.Bot.Web.Tips;

/// <summary>The publish form (also a claim's correction form): a normalised verdict from a list, the publisher's rating
/// words, URL, publisher and summary. Its values become a <see cref="TipVerdict"/>, validated by <see cref="TipService"/>
/// exactly as the chat's /publish is.</summary>
internal static class VerdictForm
{
    /// <summary>The verdict a reviewer's form states: the rating words as written, else the chosen verdict's name.</summary>
    public static TipVerdict Read(IFormCollection form)
    {
        var words = form["rating"].ToString().Trim();
        var chosen = form["verdict"].ToString();
        if (words.Length == 0 && Enum.TryParse<Verdict>(chosen, out var verdict) && verdict != Verdict.Other)
        {
            words = verdict.ToString();
        }

        var summary = form["summary"].ToString().Trim();
        return new TipVerdict(words, form["url"].ToString().Trim(), form["publisher"].ToString().Trim(), summary.Length == 0 ? null : summary);
    }

    public static string Render(DeskText t, string action, string antiforgery, string button, string id, TipVerdict? current = null)
    {
        var html = new StringBuilder($"<form method=\"post\" action=\"{E(action)}\" id=\"{id}\">{antiforgery}");
        html.Append("<label for=\"verdict\">").Append(t["Verdict", "Penilaian"]).Append("</label><select id=\"verdict\" name=\"verdict\">");
        foreach (var verdict in Enum.GetValues<Verdict>().Where(v => v != Verdict.Other))
        {
            html.Append("<option value=\"").Append(verdict).Append("\">").Append(verdict).Append("</option>");
        }

        html.Append("</select>")
            .Append(Field(t["Publisher's rating words (e.g. Salah, Hoaks; the verdict's name when empty)", "Kata penilaian penerbit (mis. Salah, Hoaks; nama penilaian bila kosong)"], "rating", "text", current?.RatingText))
            .Append(Field(t["Fact-check URL", "URL cek fakta"], "url", "url", current?.Url))
            .Append(Field(t["Publisher", "Penerbit"], "publisher", "text", current?.Publisher))
            .Append("<label for=\"summary\">").Append(t["Summary", "Ringkasan"]).Append("</label><textarea id=\"summary\" name=\"summary\" maxlength=\"")
            .Append(TipService.MaxSummaryLength).Append("\">").Append(E(current?.Summary)).Append("</textarea>")
            .Append("<p><button id=\"").Append(id).Append("-submit\">").Append(E(button)).Append("</button></p></form>");
        return html.ToString();
    }

    /// <summary>Why the tipline refused a verdict, in the reviewer's language.</summary>
    public static string Problem(DeskText t, TipActionResult<Tip> result) => result.Problem switch
    {
        VerdictProblem.NoRating => t["The rating words are missing: write them or choose a verdict.", "Kata penilaian belum diisi: tulis atau pilih penilaian."],
        VerdictProblem.NotWebUrl => t["The URL must be an http or https link to the published fact-check.", "URL harus tautan http atau https ke cek fakta yang terbit."],
        VerdictProblem.NoPublisher => t["The publisher is missing.", "Penerbit belum diisi."],
        VerdictProblem.ImageNeedsSummary => t["This tip is an image without readable text: write a summary of what it claims; replies about copies of the image will quote it.", "Tip ini berupa gambar tanpa teks yang terbaca: tulis ringkasan isi klaimnya; balasan untuk salinan gambar ini akan mengutipnya."],
        VerdictProblem.SummaryTooLong => t[$"The summary is longer than {TipService.MaxSummaryLength} characters.", $"Ringkasan lebih dari {TipService.MaxSummaryLength} karakter."],
        _ => result.Status switch
        {
            TipActionStatus.NotAllowed => t["Only reviewers can do that.", "Hanya peninjau yang dapat melakukannya."],
            TipActionStatus.TipNotFound => t["No such tip.", "Laporan itu tidak ada."],
            TipActionStatus.NotOpen => t["This tip was dismissed; it cannot be answered any more.", "Laporan ini sudah ditutup; tidak dapat dijawab lagi."],
            TipActionStatus.ClaimNotFound => t["No such claim.", "Klaim itu tidak ada."],
            _ => result.Message ?? t["That did not work.", "Itu tidak berhasil."],
        },
    };

    private static string Field(string label, string name, string type, string? value) =>
        $"<label for=\"{name}\">{E(label)}</label><input type=\"{type}\" id=\"{name}\" name=\"{name}\" value=\"{E(value)}\">";
}
