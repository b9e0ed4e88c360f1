using System.Text;
using FactCheck.Bot.Web.Html;
using FactCheck.Bot.Web.Login;
using FactCheck.Bot.Web.Tips;
using FactCheck.Core.Checking;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static FactCheck.Bot.Web.Html.Html;

namespace FactCheck.Bot.Web.Claims;

/// <summary>The knowledge base: search, a claim's page with its reviews, and correcting or retracting a reviewer's
/// own published claim (through the tipline's publish, so its askers are told "updated" as after a chat correction).</summary>
internal static class ClaimEndpoints
{
    private const int Found = 20;

    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet("/desk/claims", (Delegate)SearchAsync);
        web.MapGet("/desk/claims/{**id}", (Delegate)ShowAsync);
        web.MapPost("/desk/claim-actions/correct", (Delegate)CorrectAsync);
        web.MapPost("/desk/claim-actions/retract", (Delegate)RetractAsync);
        TryMessage.Map(web);
    }

    private static async Task<IResult> SearchAsync(HttpContext context)
    {
        var request = DeskRequest.Of(context);
        var t = request.Text;
        var query = context.Request.Query["q"].ToString().Trim();
        query = query[..Math.Min(query.Length, 2000)];
        var body = new StringBuilder("<form method=\"get\" action=\"/desk/claims\" class=\"filters\"><label>")
            .Append(t["Words, or a claim's id", "Kata, atau id klaim"]).Append(" <input type=\"text\" name=\"q\" value=\"").Append(E(query))
            .Append("\"></label><button>").Append(t["Search", "Cari"]).Append("</button></form>");
        if (query.Length > 0)
        {
            var byId = await request.Services.Get<IClaimStore>().GetAsync(query, request.Aborted);
            var ranked = NearestClaims.Rank(request.Services.Get<CheckService>(), query, Found);
            var claims = (byId is null ? [] : new[] { byId }).Concat(ranked.Select(r => r.Claim)).DistinctBy(c => c.Id).ToList();
            body.Append(claims.Count == 0
                ? $"<p id=\"empty\">{t["No claim found.", "Tidak ada klaim yang ditemukan."]}</p>"
                : "<ul id=\"found\">" + string.Concat(claims.Select(c => $"<li><a href=\"/desk/claims/{Q(c.Id)}\">{E(c.Text)}</a> <span class=\"muted\">{E(c.Id)} · {E(string.Join("; ", c.Reviews.Select(r => r.RatingText)))}</span></li>")) + "</ul>");
        }

        return request.Page(t["Claims", "Klaim"], body.ToString());
    }

    private static async Task<IResult> ShowAsync(HttpContext context, string id)
    {
        var request = DeskRequest.Of(context);
        var t = request.Text;
        if (await request.Services.Get<IClaimStore>().GetAsync(id, request.Aborted) is not { } claim)
        {
            return request.Page(t["Claim", "Klaim"], Layout.Notice(t["No such claim.", "Klaim itu tidak ada."], problem: true), StatusCodes.Status404NotFound);
        }

        var body = new StringBuilder(request.Notices());
        body.Append("<div class=\"tiptext\" id=\"claimtext\">").Append(E(claim.Text)).Append("</div><p class=\"muted\">").Append(E(claim.Id)).Append(" · ").Append(E(claim.Language)).Append("</p>");
        if (claim.Phrasings.Count > 0)
        {
            body.Append("<h2>").Append(t["Other phrasings", "Rumusan lain"]).Append("</h2><ul>").Append(string.Concat(claim.Phrasings.Select(p => $"<li>{E(p.Text)}</li>"))).Append("</ul>");
        }

        body.Append("<h2>").Append(t["Reviews", "Tinjauan"]).Append("</h2><table id=\"reviews\"><thead><tr><th>").Append(t["Verdict", "Penilaian"]).Append("</th><th>")
            .Append(t["Rating words", "Kata penilaian"]).Append("</th><th>").Append(t["Publisher", "Penerbit"]).Append("</th><th>").Append(t["Date", "Tanggal"])
            .Append("</th><th>").Append(t["Link", "Tautan"]).Append("</th><th>").Append(t["Summary", "Ringkasan"]).Append("</th></tr></thead><tbody>");
        foreach (var review in claim.Reviews)
        {
            body.Append("<tr><td>").Append(review.Verdict).Append("</td><td>").Append(E(review.RatingText)).Append("</td><td>").Append(E(review.Publisher.Name))
                .Append("</td><td>").Append(E(review.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).Append("</td><td>")
                .Append(Link(review.Url)).Append("</td><td>").Append(E(review.Summary)).Append("</td></tr>");
        }

        body.Append("</tbody></table>");
        if (TipOf(claim.Id) is { } tipId && claim.Reviews is [var current, ..])
        {
            var verdict = new TipVerdict(current.RatingText, current.Url, current.Publisher.Name, current.Summary);
            body.Append("<h2>").Append(t["Correct", "Koreksi"]).Append("</h2>")
                .Append(VerdictForm.Render(t, "/desk/claim-actions/correct", request.Antiforgery + Hidden(claim.Id), t["Correct and tell the askers", "Koreksi dan beri tahu penanya"], "correct", verdict))
                .Append("<h2>").Append(t["Retract", "Cabut"]).Append("</h2><form method=\"post\" action=\"/desk/claim-actions/retract\">").Append(request.Antiforgery).Append(Hidden(claim.Id))
                .Append("<p>").Append(t[$"The fact-check of tip #{tipId} becomes \"Retracted\"; its askers are told it was updated.", $"Cek fakta laporan #{tipId} menjadi \"Dicabut\"; penanyanya diberi tahu ada pembaruan."]).Append("</p>")
                .Append("<button id=\"retract\">").Append(t["Retract", "Cabut"]).Append("</button></form>");
        }
        else
        {
            body.Append("<p class=\"muted\">").Append(t["This claim came from a publisher's data (an import or a feed): it is corrected there, and the next import or feed run brings the correction.", "Klaim ini berasal dari data penerbit (impor atau umpan): koreksinya dilakukan di sana, dan impor atau umpan berikutnya membawanya."]).Append("</p>");
        }

        return request.Page(t["Claim", "Klaim"], body.ToString());
    }

    private static async Task<IResult> CorrectAsync(HttpContext context)
    {
        var request = DeskRequest.Of(context);
        if (await request.FormAsync() is not { } form)
        {
            return request.Forged();
        }

        return await RepublishAsync(request, form["claim"].ToString(), VerdictForm.Read(form));
    }

    private static async Task<IResult> RetractAsync(HttpContext context)
    {
        var request = DeskRequest.Of(context);
        if (await request.FormAsync() is not { } form)
        {
            return request.Forged();
        }

        var id = form["claim"].ToString();
        if (await request.Services.Get<IClaimStore>().GetAsync(id, request.Aborted) is not { Reviews: [var current, ..] })
        {
            return DeskRequest.SeeOther("/desk/claims", request.Text["No such claim.", "Klaim itu tidak ada."], problem: true);
        }

        var t = request.Text;
        var withdrawn = new TipVerdict(t["Retracted", "Dicabut"], current.Url, current.Publisher.Name,
            t["This fact-check was withdrawn by its publisher.", "Cek fakta ini dicabut oleh penerbitnya."]);
        return await RepublishAsync(request, id, withdrawn);
    }

    // A correction is a publish again: the tipline replaces the claim, records the action and queues "updated" notices.
    private static async Task<IResult> RepublishAsync(DeskRequest request, string claimId, TipVerdict verdict)
    {
        var t = request.Text;
        var path = "/desk/claims/" + Q(claimId);
        if (TipOf(claimId) is not { } tipId)
        {
            return DeskRequest.SeeOther(path, t["Only a fact-check published from a tip can be corrected here.", "Hanya cek fakta yang terbit dari laporan yang dapat dikoreksi di sini."], problem: true);
        }

        var result = await request.Services.Get<TipService>().PublishAsync(request.Reviewer, tipId, verdict, request.Aborted);
        return result.IsDone
            ? DeskRequest.SeeOther(path, t["Updated; the askers are being told.", "Diperbarui; penanya sedang diberi tahu."])
            : DeskRequest.SeeOther(path, VerdictForm.Problem(t, result), problem: true);
    }

    private static string Hidden(string claimId) => $"<input type=\"hidden\" name=\"claim\" value=\"{E(claimId)}\">";

    // A reviewer's own fact-check has the id "tip:N" (TipService.ClaimIdFor).
    private static long? TipOf(string claimId) =>
        claimId.StartsWith("tip:", StringComparison.Ordinal)
        && long.TryParse(claimId.AsSpan(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}
