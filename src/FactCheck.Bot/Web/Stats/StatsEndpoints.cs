using System.Globalization;
using System.Text;
using FactCheck.Bot.Web.Html;
using FactCheck.Bot.Web.Login;
using FactCheck.Core.Checking.Log;
using FactCheck.Core.Conversation.Commands;
using FactCheck.Core.Desk;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static FactCheck.Bot.Web.Html.Html;

namespace FactCheck.Bot.Web.Stats;

/// <summary>Statistics over a chosen period, as server-rendered SVG: checks per day, match rate, top matched claims,
/// top open tips, notifications pending; and the feeds' last runs and errors.</summary>
internal static class StatsEndpoints
{
    private const int MaxChartDays = 90;
    private const int Top = 10;

    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet("/desk/stats", (Delegate)ShowAsync);
        web.MapGet("/desk/feeds", (Delegate)FeedsAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext context)
    {
        var request = DeskRequest.Of(context);
        var t = request.Text;
        var days = CommandParser.Days(context.Request.Query["days"].ToString());
        if (!await request.Services.Get<TipService>().AuthorizeAsync(request.Reviewer, "stats", request.Aborted))
        {
            return request.Page(t["Stats", "Statistik"], Layout.Notice(t["Only reviewers can read the statistics.", "Hanya peninjau yang dapat membaca statistik."], problem: true), StatusCodes.Status403Forbidden);
        }

        var log = request.Services.Get<ICheckLog>();
        var now = request.Services.Get<TimeProvider>().GetUtcNow();
        var since = now - TimeSpan.FromDays(days);
        var total = await log.SummarizeAsync(since, Top, request.Aborted);

        // Checks per day from cumulative counts: what happened since each midnight, minus since the next one.
        var chartDays = Math.Min(days, MaxChartDays);
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var cumulative = new int[chartDays + 1];
        for (var i = 0; i <= chartDays; i++)
        {
            cumulative[i] = i == 0 ? 0 : (await log.SummarizeAsync(today.AddDays(1 - i), 0, request.Aborted)).Checks;
        }

        var perDay = Enumerable.Range(1, chartDays).Reverse()
            .Select(i => (today.AddDays(1 - i).ToString("MM-dd", CultureInfo.InvariantCulture), (double)(cumulative[i] - cumulative[i - 1]))).ToList();
        var claims = request.Services.Get<IClaimStore>();
        var topClaims = new List<(string, double)>();
        foreach (var top in total.TopClaims)
        {
            topClaims.Add(((await claims.GetAsync(top.ClaimId, request.Aborted))?.Text ?? top.ClaimId, top.Count));
        }

        var openTips = (await request.Services.Get<ITipStore>().ListOpenAsync(Top, request.Aborted))
            .Select(tip => ($"#{tip.Id} {tip.Text}", (double)tip.AskCount)).ToList();
        var pending = await request.Services.Get<IDeskStore>().CountPendingNotificationsAsync(request.Aborted);

        var body = new StringBuilder("<form method=\"get\" action=\"/desk/stats\" class=\"filters\"><label>").Append(t["Period (days)", "Periode (hari)"])
            .Append(" <input type=\"number\" min=\"1\" max=\"3650\" name=\"days\" value=\"").Append(days).Append("\"></label><button>").Append(t["Show", "Tampilkan"]).Append("</button></form>")
            .Append("<ul id=\"figures\"><li>").Append(t["Checks", "Pengecekan"]).Append(": <strong id=\"checks\">").Append(total.Checks).Append("</strong> (")
            .Append(t["distinct messages", "pesan berbeda"]).Append(' ').Append(total.DistinctMessages).Append(")</li><li>")
            .Append(t["Match rate", "Tingkat cocok"]).Append(": <strong id=\"matchrate\">").Append(N(100 * total.MatchRate, "0.0")).Append(" %</strong> (")
            .Append(t["verdict", "penilaian"]).Append(' ').Append(total.Replied).Append(", ").Append(t["possibly related only", "hanya mungkin terkait"]).Append(' ')
            .Append(total.SuggestedOnly).Append(", ").Append(t["nothing", "tidak ada"]).Append(' ').Append(total.NoMatch).Append(")</li><li>")
            .Append(t["Notifications pending", "Pemberitahuan tertunda"]).Append(": <strong id=\"pending\">").Append(pending).Append("</strong></li></ul>")
            .Append(SvgChart.Columns("perday", t[$"Checks per day, last {chartDays} days", $"Pengecekan per hari, {chartDays} hari terakhir"], perDay))
            .Append(SvgChart.Columns("outcomes", t["Outcomes", "Hasil"], [(t["verdict", "penilaian"], total.Replied), (t["possibly related", "mungkin terkait"], total.SuggestedOnly), (t["nothing", "tidak ada"], total.NoMatch)]))
            .Append(SvgChart.Bars("topclaims", t["Top matched claims", "Klaim yang paling sering cocok"], topClaims))
            .Append(SvgChart.Bars("toptips", t["Top open tips", "Laporan terbuka teratas"], openTips));
        return request.Page(t["Stats", "Statistik"], body.ToString());
    }

    private static async Task<IResult> FeedsAsync(HttpContext context)
    {
        var request = DeskRequest.Of(context);
        var t = request.Text;
        var configured = request.Services.Find<Microsoft.Extensions.Options.IOptions<Core.Feeds.FeedOptions>>()?.Value.Sources.Select(s => s.Name).ToList() ?? [];
        var states = (await request.Services.Get<IFeedStateStore>().ListSourcesAsync(request.Aborted)).ToDictionary(s => s.Name, StringComparer.Ordinal);
        var names = configured.Concat(states.Keys).Distinct(StringComparer.Ordinal).ToList();
        var body = new StringBuilder();
        if (names.Count == 0)
        {
            body.Append("<p id=\"empty\">").Append(t["No feed is configured (Feeds:Sources).", "Tidak ada umpan yang dikonfigurasi (Feeds:Sources)."]).Append("</p>");
        }
        else
        {
            body.Append("<table id=\"feeds\"><thead><tr><th>").Append(t["Source", "Sumber"]).Append("</th><th>").Append(t["Last run", "Terakhir berjalan"])
                .Append("</th><th>").Append(t["Last success", "Terakhir berhasil"]).Append("</th><th>").Append(t["Last error", "Galat terakhir"]).Append("</th></tr></thead><tbody>");
            foreach (var name in names)
            {
                states.TryGetValue(name, out var s);
                body.Append("<tr><td>").Append(E(name)).Append("</td><td>").Append(When(s?.LastRunAt)).Append("</td><td>").Append(When(s?.LastSuccessAt))
                    .Append("</td><td>").Append(s?.LastError is { } error ? $"{When(s.LastErrorAt)}: {E(error)}" : "–").Append("</td></tr>");
            }

            body.Append("</tbody></table>");
        }

        return request.Page(t["Feeds", "Umpan"], body.ToString());
    }
}
