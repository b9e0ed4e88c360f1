using System.Text;
using FactCheck.Bot.Web.Html;
using FactCheck.Bot.Web.Login;
using FactCheck.Core.Tips;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static FactCheck.Bot.Web.Html.Html;

namespace FactCheck.Bot.Web.Queue;

/// <summary>The queue: open tips, most asked first, with filters and search.</summary>
internal static class QueueEndpoints
{
    private const int Shown = 200;
    private const int Preview = 160;

    public static void Map(IEndpointRouteBuilder web) => web.MapGet("/desk/queue", (Delegate)ShowAsync);

    private static async Task<IResult> ShowAsync(HttpContext context)
    {
        var request = DeskRequest.Of(context);
        var t = request.Text;
        var filter = QueueFilter.From(context.Request.Query);
        var listed = await request.Services.Get<TipService>().ListQueueAsync(request.Reviewer, int.MaxValue, request.Aborted);
        if (!listed.IsDone)
        {
            return request.Page(t["Queue", "Antrean"], Layout.Notice(t["Only reviewers can read the queue.", "Hanya peninjau yang dapat membaca antrean."], problem: true), StatusCodes.Status403Forbidden);
        }

        var now = request.Services.Get<TimeProvider>().GetUtcNow();
        var store = request.Services.Get<ITipStore>();
        var rows = new List<(Tip Tip, IReadOnlyList<string> Platforms)>();
        foreach (var tip in listed.Value!.Where(tip => filter.Admits(tip, now)))
        {
            var platforms = (await store.GetAskersAsync(tip.Id, request.Aborted)).Select(a => a.Platform).Distinct(StringComparer.Ordinal).ToList();
            if (filter.Platform is null || platforms.Contains(filter.Platform, StringComparer.OrdinalIgnoreCase))
            {
                rows.Add((tip, platforms));
            }

            if (rows.Count >= Shown)
            {
                break;
            }
        }

        var body = new StringBuilder(request.Notices());
        body.Append("<form method=\"get\" action=\"/desk/queue\" class=\"filters\">")
            .Append(Select("platform", t["Platform", "Platform"], filter.Platform, ("", t["all", "semua"]), ("telegram", "Telegram"), ("discord", "Discord"), ("cli", t["console", "konsol"])))
            .Append(Select("language", t["Language", "Bahasa"], filter.Language, ("", t["all", "semua"]), ("id", "Indonesia"), ("en", "English")))
            .Append(Select("age", t["Asked within", "Ditanyakan dalam"], filter.MaxAgeDays?.ToString(System.Globalization.CultureInfo.InvariantCulture), ("", t["any time", "kapan saja"]), ("1", t["1 day", "1 hari"]), ("7", t["7 days", "7 hari"]), ("30", t["30 days", "30 hari"])))
            .Append("<label>").Append(t["Search", "Cari"]).Append(" <input type=\"text\" name=\"q\" value=\"").Append(E(filter.Search)).Append("\"></label>")
            .Append("<button>").Append(t["Filter", "Saring"]).Append("</button></form>");
        if (rows.Count == 0)
        {
            body.Append("<p id=\"empty\">").Append(t["No open tip matches.", "Tidak ada laporan terbuka yang cocok."]).Append("</p>");
        }
        else
        {
            body.Append("<table id=\"queue\"><thead><tr><th>#</th><th>").Append(t["Tip", "Laporan"]).Append("</th><th>").Append(t["Askers", "Penanya"])
                .Append("</th><th>").Append(t["Language", "Bahasa"]).Append("</th><th>").Append(t["Platforms", "Platform"])
                .Append("</th><th>").Append(t["First asked", "Pertama ditanyakan"]).Append("</th><th>").Append(t["Last asked", "Terakhir ditanyakan"]).Append("</th></tr></thead><tbody>");
            foreach (var (tip, platforms) in rows)
            {
                var preview = tip.Text.Length <= Preview ? tip.Text : tip.Text[..(Preview - 1)] + "…";
                body.Append("<tr class=\"tip\" data-asks=\"").Append(tip.AskCount).Append("\"><td>").Append(tip.Id)
                    .Append("</td><td><a href=\"/desk/tips/").Append(tip.Id).Append("\">").Append(E(preview)).Append("</a></td><td class=\"asks\">")
                    .Append(tip.AskCount).Append("</td><td>").Append(E(tip.Language)).Append("</td><td>").Append(E(string.Join(", ", platforms)))
                    .Append("</td><td>").Append(When(tip.CreatedAt)).Append("</td><td>").Append(When(tip.UpdatedAt)).Append("</td></tr>");
            }

            body.Append("</tbody></table>");
        }

        return request.Page(t["Open tips", "Laporan terbuka"], body.ToString());
    }

    private static string Select(string name, string label, string? current, params (string Value, string Label)[] options)
    {
        var html = new StringBuilder($"<label>{E(label)} <select name=\"{name}\">");
        foreach (var (value, text) in options)
        {
            html.Append("<option value=\"").Append(E(value)).Append('"').Append(string.Equals(value, current ?? string.Empty, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty)
                .Append('>').Append(E(text)).Append("</option>");
        }

        return html.Append("</select></label>").ToString();
    }
}
