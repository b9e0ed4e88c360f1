using System.Globalization;
using System.Text;
using FactCheck.Bot.Web.Claims;
using FactCheck.Bot.Web.Html;
using FactCheck.Bot.Web.Login;
using FactCheck.Core.Checking;
using FactCheck.Core.Tips;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static FactCheck.Bot.Web.Html.Html;

namespace FactCheck.Bot.Web.Tips;

/// <summary>A tip: its text (inert), history, askers by platform, the nearest claims with one-click attach, the publish
/// form and dismiss. Every decision goes through <see cref="TipService"/>, which checks the reviewer and records it.</summary>
internal static class TipEndpoints
{
    private const int Nearest = 8;

    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet("/desk/tips/{id:long}", (Delegate)ShowAsync);
        web.MapPost("/desk/tips/{id:long}/publish", (Delegate)PublishAsync);
        web.MapPost("/desk/tips/{id:long}/attach", (Delegate)AttachAsync);
        web.MapPost("/desk/tips/{id:long}/dismiss", (Delegate)DismissAsync);
    }

    private static async Task<IResult> ShowAsync(HttpContext context, long id)
    {
        var request = DeskRequest.Of(context);
        var t = request.Text;
        var opened = await request.Services.Get<TipService>().OpenAsync(request.Reviewer, id, request.Aborted);
        if (!opened.IsDone)
        {
            return request.Page(t["Tip", "Laporan"], Layout.Notice(VerdictForm.Problem(t, new TipActionResult<Tip>(opened.Status)), problem: true), StatusCodes.Status404NotFound);
        }

        var (tip, askers) = opened.Value;
        var body = new StringBuilder(request.Notices());
        body.Append("<div class=\"tiptext\" id=\"tiptext\">").Append(E(tip.Text)).Append("</div>");
        body.Append("<h2>").Append(t["History", "Riwayat"]).Append("</h2><ul id=\"history\">")
            .Append("<li>").Append(t["First asked", "Pertama ditanyakan"]).Append(": ").Append(When(tip.CreatedAt)).Append("</li>")
            .Append("<li>").Append(t["Last change", "Perubahan terakhir"]).Append(": ").Append(When(tip.UpdatedAt)).Append("</li>")
            .Append("<li>").Append(t["Status", "Status"]).Append(": <strong id=\"status\">").Append(tip.Status).Append("</strong></li>")
            .Append("<li>").Append(t["Asked by", "Ditanyakan oleh"]).Append(" <strong id=\"askcount\">").Append(tip.AskCount).Append("</strong> ")
            .Append(t["people", "orang"]).Append(": ")
            .Append(E(string.Join(", ", askers.GroupBy(a => a.Platform).Select(g => $"{g.Key} {g.Count()}")))).Append("</li>")
            .Append("<li>").Append(t["Language", "Bahasa"]).Append(": ").Append(E(tip.Language)).Append("</li>");
        if (tip.ClaimId is { } claimId)
        {
            body.Append("<li>").Append(t["Answered by claim", "Dijawab oleh klaim"]).Append(": <a href=\"/desk/claims/").Append(Q(claimId)).Append("\">").Append(E(claimId)).Append("</a></li>");
        }

        body.Append("</ul>");
        if (tip.Status == TipStatus.Open)
        {
            AppendNearest(body, request, tip);
            body.Append("<h2>").Append(t["Publish a fact-check", "Terbitkan cek fakta"]).Append("</h2>")
                .Append(VerdictForm.Render(t, $"/desk/tips/{tip.Id}/publish", request.Antiforgery, t["Publish and notify the askers", "Terbitkan dan beri tahu penanya"], "publish"))
                .Append("<h2>").Append(t["Dismiss", "Tutup"]).Append("</h2><form method=\"post\" action=\"/desk/tips/").Append(tip.Id).Append("/dismiss\">").Append(request.Antiforgery)
                .Append("<button id=\"dismiss\">").Append(t["Dismiss (askers are not notified)", "Tutup (penanya tidak diberi tahu)"]).Append("</button></form>");
        }

        return request.Page(t[$"Tip #{tip.Id}", $"Laporan #{tip.Id}"], body.ToString());
    }

    private static void AppendNearest(StringBuilder body, DeskRequest request, Tip tip)
    {
        var t = request.Text;
        var ranked = NearestClaims.Rank(request.Services.Get<CheckService>(), tip.Text, Nearest);
        body.Append("<h2>").Append(t["Nearest known claims", "Klaim terdekat yang diketahui"]).Append("</h2>");
        if (ranked.Count == 0)
        {
            body.Append("<p class=\"muted\">").Append(t["The matcher finds no stored claim near this text.", "Pencocok tidak menemukan klaim tersimpan yang dekat dengan teks ini."]).Append("</p>");
            return;
        }

        body.Append("<table id=\"nearest\"><thead><tr><th>").Append(t["Claim", "Klaim"]).Append("</th><th>").Append(t["Confidence", "Keyakinan"])
            .Append("</th><th>").Append(t["Verdicts", "Penilaian"]).Append("</th><th></th></tr></thead><tbody>");
        foreach (var r in ranked)
        {
            body.Append("<tr><td><a href=\"/desk/claims/").Append(Q(r.Claim.Id)).Append("\">").Append(E(r.Claim.Text)).Append("</a></td><td>")
                .Append(N(r.Match.Confidence, "0.00")).Append(' ').Append(E(r.Decision?.ToString() ?? "–")).Append("</td><td>")
                .Append(E(string.Join("; ", r.Claim.Reviews.Select(v => $"{v.RatingText} ({v.Publisher.Name})")))).Append("</td><td>")
                .Append("<form method=\"post\" action=\"/desk/tips/").Append(tip.Id).Append("/attach\">").Append(request.Antiforgery)
                .Append("<input type=\"hidden\" name=\"claim\" value=\"").Append(E(r.Claim.Id)).Append("\"><button class=\"attach\">")
                .Append(t["Attach", "Lampirkan"]).Append("</button></form></td></tr>");
        }

        body.Append("</tbody></table>");
    }

    private static async Task<IResult> PublishAsync(HttpContext context, long id)
    {
        var request = DeskRequest.Of(context);
        if (await request.FormAsync() is not { } form)
        {
            return request.Forged();
        }

        var t = request.Text;
        var verdict = VerdictForm.Read(form);
        var result = await request.Services.Get<TipService>().PublishAsync(request.Reviewer, id, verdict, request.Aborted);
        return result.IsDone
            ? DeskRequest.SeeOther(Path(id), t[$"Published tip #{id} as \"{verdict.RatingText}\" ({verdict.Publisher}); its askers are being notified.", $"Laporan #{id} diterbitkan sebagai \"{verdict.RatingText}\" ({verdict.Publisher}); penanyanya sedang diberi tahu."])
            : DeskRequest.SeeOther(Path(id), VerdictForm.Problem(t, result), problem: true);
    }

    private static async Task<IResult> AttachAsync(HttpContext context, long id)
    {
        var request = DeskRequest.Of(context);
        if (await request.FormAsync() is not { } form)
        {
            return request.Forged();
        }

        var t = request.Text;
        var claim = form["claim"].ToString();
        var result = await request.Services.Get<TipService>().AttachAsync(request.Reviewer, id, claim, request.Aborted);
        return result.IsDone
            ? DeskRequest.SeeOther(Path(id), t[$"Tip #{id} is answered with claim {claim}; its askers are being notified.", $"Laporan #{id} dijawab dengan klaim {claim}; penanyanya sedang diberi tahu."])
            : DeskRequest.SeeOther(Path(id), VerdictForm.Problem(t, result), problem: true);
    }

    private static async Task<IResult> DismissAsync(HttpContext context, long id)
    {
        var request = DeskRequest.Of(context);
        if (await request.FormAsync() is null)
        {
            return request.Forged();
        }

        var t = request.Text;
        var result = await request.Services.Get<TipService>().DismissAsync(request.Reviewer, id, request.Aborted);
        return result.IsDone
            ? DeskRequest.SeeOther("/desk/queue", t[$"Tip #{id} was dismissed.", $"Laporan #{id} ditutup."])
            : DeskRequest.SeeOther(Path(id), VerdictForm.Problem(t, result), problem: true);
    }

    private static string Path(long id) => "/desk/tips/" + id.ToString(CultureInfo.InvariantCulture);
}
