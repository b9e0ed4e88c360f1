using System.Text;
using FactCheck.Bot.Web.Login;

namespace FactCheck.Bot.Web.Html;

/// <summary>The page around every desk page: navigation, language and logout forms, one same-origin stylesheet, no script.</summary>
internal static class Layout
{
    public static string Page(DeskRequest request, string title, string body)
    {
        var t = request.Text;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(t.Language).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Html.E(title)).Append(" · factcheck desk</title>")
            .Append("<link rel=\"stylesheet\" href=\"/desk/desk.css\"></head><body>");
        if (request.User is { } user)
        {
            html.Append("<header><nav>")
                .Append(Nav("/desk/queue", t["Queue", "Antrean"]))
                .Append(Nav("/desk/claims", t["Claims", "Klaim"]))
                .Append(Nav("/desk/try", t["Try a message", "Coba pesan"]))
                .Append(Nav("/desk/stats", t["Stats", "Statistik"]))
                .Append(Nav("/desk/feeds", t["Feeds", "Umpan"]))
                .Append("</nav><div class=\"who\">")
                .Append(Html.E(user.ToString()))
                .Append("<form method=\"post\" action=\"/desk/language\">").Append(request.Antiforgery)
                .Append("<input type=\"hidden\" name=\"back\" value=\"").Append(Html.E(request.PathAndQuery)).Append("\">")
                .Append("<button name=\"language\" value=\"").Append(t.Language == "id" ? "en\">English" : "id\">Bahasa Indonesia").Append("</button></form>")
                .Append("<form method=\"post\" action=\"/desk/logout\">").Append(request.Antiforgery)
                .Append("<button id=\"logout\">").Append(t["Sign out", "Keluar"]).Append("</button></form></div></header>");
        }

        html.Append("<main><h1>").Append(Html.E(title)).Append("</h1>").Append(body).Append("</main></body></html>");
        return html.ToString();
    }

    /// <summary>A notice above a page's content (done, refused).</summary>
    public static string Notice(string? text, bool problem = false) =>
        string.IsNullOrEmpty(text) ? string.Empty : $"<p class=\"{(problem ? "problem" : "done")}\" role=\"status\">{Html.E(text)}</p>";

    private static string Nav(string href, string label) => $"<a href=\"{href}\">{Html.E(label)}</a>";
}
