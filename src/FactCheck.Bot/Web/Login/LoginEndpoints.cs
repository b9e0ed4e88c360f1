using FactCheck.Bot.Web.Html;
using FactCheck.Core.Desk;
using FactCheck.Core.Tips;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Web.Login;

/// <summary>Sign-in by a one-time link, sign-out, the language switch and the stylesheet.</summary>
internal static class LoginEndpoints
{
    public const string SessionCookie = "desk-session";
    public const string LanguageCookie = "desk-lang";

    public static void Map(IEndpointRouteBuilder web)
    {
        web.MapGet("/desk/desk.css", () => Results.Text(DeskCss.Text, "text/css; charset=utf-8"));
        web.MapGet("/desk", (HttpContext c) => Results.Redirect("/desk/queue"));

        // Opening the link only shows a button: a chat's link preview fetching it must not use it up.
        web.MapGet(DeskLogin.LoginPath, (HttpContext c) =>
        {
            var request = DeskRequest.Of(c);
            var token = c.Request.Query["token"].ToString();
            if (token.Length is 0 or > 200)
            {
                return LoginPage(request, StatusCodes.Status400BadRequest);
            }

            var t = request.Text;
            return request.Page(t["Sign in", "Masuk"],
                $"<form method=\"post\" action=\"{DeskLogin.LoginPath}\">{request.Antiforgery}<input type=\"hidden\" name=\"token\" value=\"{Html.Html.E(token)}\">" +
                $"<p>{t["This link signs you in to the reviewers' desk once.", "Tautan ini memasukkan Anda ke meja peninjau satu kali."]}</p>" +
                $"<button id=\"signin\">{t["Sign in", "Masuk"]}</button></form>");
        });
        web.MapPost(DeskLogin.LoginPath, (Delegate)SignInAsync).RequireRateLimiting(DeskWebServer.LoginPolicy);
        web.MapPost("/desk/logout", (Delegate)SignOutAsync);
        web.MapPost("/desk/language", (Delegate)SetLanguageAsync);
    }

    /// <summary>What anyone without a session sees.</summary>
    public static IResult LoginPage(DeskRequest request, int status, bool refused = false)
    {
        var t = request.Text;
        var why = refused
            ? Layout.Notice(t["This sign-in link does not work: it was used already, it has expired, or it is not a reviewer's.", "Tautan masuk ini tidak berlaku: sudah dipakai, sudah kedaluwarsa, atau bukan milik peninjau."], problem: true)
            : string.Empty;
        return request.Page(t["Reviewers' desk", "Meja peninjau"],
            why + $"<p id=\"login\">{t["Reviewers sign in with a one-time link: send /desk to the bot in a private chat (Telegram, Discord or the console), then open the link it sends within 10 minutes.", "Peninjau masuk dengan tautan sekali pakai: kirim /desk ke bot di obrolan pribadi (Telegram, Discord, atau konsol), lalu buka tautan yang dikirimnya dalam 10 menit."]}</p>",
            status);
    }

    private static async Task<IResult> SignInAsync(HttpContext context)
    {
        var request = DeskRequest.Of(context);
        if (await request.FormAsync() is not { } form)
        {
            return request.Forged();
        }

        var login = request.Services.Get<DeskLogin>();
        if (await login.RedeemAsync(form["token"].ToString(), request.Aborted) is not { } session)
        {
            return LoginPage(request, StatusCodes.Status403Forbidden, refused: true);
        }

        // Recorded like every reviewer action: who signed in to the desk, and when.
        await request.Services.Get<ITipStore>().RecordActionAsync(
            new Reviewer(session.Owner.Platform, session.Owner.UserId), "desk-signin", null, null, request.Services.Get<TimeProvider>().GetUtcNow(), request.Aborted);
        var web = request.Services.Get<IOptions<WebOptions>>().Value;
        context.Response.Cookies.Append(SessionCookie, session.Secret, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = web.IsHttps,
            Path = "/desk",
            MaxAge = TimeSpan.FromHours(web.SessionHours),
            IsEssential = true,
        });
        return Results.Redirect("/desk/queue");
    }

    private static async Task<IResult> SignOutAsync(HttpContext context)
    {
        var request = DeskRequest.Of(context);
        if (await request.FormAsync() is null)
        {
            return request.Forged();
        }

        await request.Services.Get<DeskLogin>().LogoutAsync(context.Request.Cookies[SessionCookie], request.Aborted);
        context.Response.Cookies.Delete(SessionCookie, new CookieOptions { Path = "/desk" });
        return Results.Redirect("/desk");
    }

    private static async Task<IResult> SetLanguageAsync(HttpContext context)
    {
        var request = DeskRequest.Of(context);
        if (await request.FormAsync() is not { } form)
        {
            return request.Forged();
        }

        var language = form["language"].ToString() == "id" ? "id" : "en";
        context.Response.Cookies.Append(LanguageCookie, language, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/desk", IsEssential = true });
        var back = form["back"].ToString();

        // Only back to a page of the desk: never to another site.
        return Results.Redirect(back.StartsWith("/desk/", StringComparison.Ordinal) && !back.StartsWith("//", StringComparison.Ordinal) ? back : "/desk/queue");
    }
}
