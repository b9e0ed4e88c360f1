using System.Text;
using FactCheck.Bot.Web.Login;
using FactCheck.Core.Checking;
using FactCheck.Core.Replies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static FactCheck.Bot.Web.Html.Html;

namespace FactCheck.Bot.Web.Claims;

/// <summary>"Try a message": the real check of a pasted message, the reply exactly as the bot writes it in plain text,
/// and why — each passage, each claim's confidence, decision and evidence. Not counted in the statistics.</summary>
internal static class TryMessage
{
    private const int MaxLength = 20_000;

    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet("/desk/try", (HttpContext c) => Page(DeskRequest.Of(c), string.Empty, null));
        web.MapPost("/desk/try", (Delegate)CheckAsync);
    }

    private static async Task<IResult> CheckAsync(HttpContext context)
    {
        var request = DeskRequest.Of(context);
        if (await request.FormAsync() is not { } form)
        {
            return request.Forged();
        }

        var message = form["message"].ToString();
        message = message[..Math.Min(message.Length, MaxLength)];
        var checker = request.Services.Get<CheckService>();
        var report = await checker.CheckAsync(new CheckRequest(message), request.Aborted);
        return Page(request, message, (report, NearestClaims.Rank(checker, message, 10)));
    }

    private static IResult Page(DeskRequest request, string message, (CheckReport Report, IReadOnlyList<NearestClaims.Ranked> Ranked)? result)
    {
        var t = request.Text;
        var body = new StringBuilder("<form method=\"post\" action=\"/desk/try\">").Append(request.Antiforgery)
            .Append("<label for=\"message\">").Append(t["A message as a user would send it", "Pesan seperti yang dikirim pengguna"]).Append("</label>")
            .Append("<textarea id=\"message\" name=\"message\">").Append(E(message)).Append("</textarea><p><button id=\"try\">")
            .Append(t["Check", "Cek"]).Append("</button></p></form>");
        if (result is { } r)
        {
            body.Append("<h2>").Append(t["The bot's reply", "Balasan bot"]).Append("</h2><div class=\"reply\" id=\"reply\">").Append(E(PlainTextRenderer.Render(r.Report))).Append("</div>")
                .Append("<h2>").Append(t["Why", "Alasannya"]).Append("</h2><p>").Append(t[$"{r.Report.PassageCount} passage(s) searched.", $"{r.Report.PassageCount} bagian dicari."]).Append("</p>");
            if (r.Ranked.Count > 0)
            {
                body.Append("<table id=\"evidence\"><thead><tr><th>").Append(t["Claim", "Klaim"]).Append("</th><th>").Append(t["Passage", "Bagian"]).Append("</th><th>")
                    .Append(t["Confidence", "Keyakinan"]).Append("</th><th>").Append(t["Decision", "Keputusan"]).Append("</th><th>").Append(t["Evidence", "Bukti"]).Append("</th></tr></thead><tbody>");
                foreach (var ranked in r.Ranked)
                {
                    var e = ranked.Match.Evidence;
                    var evidence = e is null ? t["known link", "tautan yang dikenal"]
                        : $"coverage {N(e.Coverage, "0.00")}, margin {N(e.CoverageMargin, "0.00")}, BM25 rank {e.PassageRank}, ratio {N(e.Bm25Ratio, "0.00")}, terms {e.TermCount}" + (e.Cosine is { } cos ? $", cosine {N(cos, "0.00")}" : string.Empty);
                    body.Append("<tr><td><a href=\"/desk/claims/").Append(Q(ranked.Claim.Id)).Append("\">").Append(E(ranked.Claim.Text)).Append("</a></td><td>")
                        .Append(E(ranked.Match.Passage.Original)).Append("</td><td>").Append(N(ranked.Match.Confidence, "0.00")).Append("</td><td>")
                        .Append(E(ranked.Decision?.ToString() ?? t["below threshold", "di bawah ambang"])).Append("</td><td>").Append(E(evidence)).Append("</td></tr>");
                }

                body.Append("</tbody></table>");
            }

            if (r.Report.UnmatchedPassages.Count > 0)
            {
                body.Append("<h3>").Append(t["Passages that matched nothing", "Bagian yang tidak cocok dengan apa pun"]).Append("</h3><ul>")
                    .Append(string.Concat(r.Report.UnmatchedPassages.Select(p => $"<li>{E(p)}</li>"))).Append("</ul>");
            }
        }

        return request.Page(t["Try a message", "Coba pesan"], body.ToString());
    }
}
