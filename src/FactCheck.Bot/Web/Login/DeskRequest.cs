using FactCheck.Bot.Web.Html;
using FactCheck.Core.Desk;
using FactCheck.Core.Tips;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Web.Login;

/// <summary>One desk request as the pages see it: who is signed in, in which language, the antiforgery field for its
/// forms, and the bot's services.</summary>
internal sealed class DeskRequest
{
    private const string Key = "desk-request";

    private DeskRequest(HttpContext context, DeskIdentity? user, DeskText text)
    {
        Context = context;
        User = user;
        Text = text;
        Services = context.RequestServices.GetRequiredService<DeskServices>();
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        Antiforgery = $"<input type=\"hidden\" name=\"{Html.Html.E(tokens.FormFieldName)}\" value=\"{Html.Html.E(tokens.RequestToken)}\">";
    }

    public HttpContext Context { get; }

    /// <summary>The signed-in reviewer, or null.</summary>
    public DeskIdentity? User { get; }

    public DeskText Text { get; }

    public DeskServices Services { get; }

    /// <summary>The hidden antiforgery field every form carries.</summary>
    public string Antiforgery { get; }

    /// <summary>The reviewer as the tipline records actions: the same identity as in the chats.</summary>
    public Reviewer Reviewer => new(User!.Platform, User.UserId);

    public string PathAndQuery => Context.Request.Path + Context.Request.QueryString;

    public CancellationToken Aborted => Context.RequestAborted;

    public static DeskRequest Create(HttpContext context, DeskIdentity? user)
    {
        var language = context.Request.Cookies[LoginEndpoints.LanguageCookie] ?? user?.Language;
        var request = new DeskRequest(context, user, DeskText.For(language));
        context.Items[Key] = request;
        return request;
    }

    public static DeskRequest Of(HttpContext context) => (DeskRequest)context.Items[Key]!;

    /// <summary>The posted form when its antiforgery token is valid, else null (a forged or stale post).</summary>
    public async Task<IFormCollection?> FormAsync()
    {
        if (!Context.Request.HasFormContentType
            || !await Context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(Context))
        {
            return null;
        }

        return await Context.Request.ReadFormAsync(Aborted);
    }

    /// <summary>A whole page.</summary>
    public IResult Page(string title, string body, int status = StatusCodes.Status200OK) =>
        Results.Content(Layout.Page(this, title, body), "text/html; charset=utf-8", statusCode: status);

    /// <summary>The answer to a forged or expired form.</summary>
    public IResult Forged() => Page(
        Text["Form refused", "Formulir ditolak"],
        Layout.Notice(Text["This form was not sent by this desk page, or it has expired. Open the page again and retry.", "Formulir ini tidak dikirim dari halaman meja ini, atau sudah kedaluwarsa. Buka lagi halamannya lalu coba lagi."], problem: true),
        StatusCodes.Status400BadRequest);

    /// <summary>After a form: back to a page of the desk, with a notice.</summary>
    public static IResult SeeOther(string path, string? notice = null, bool problem = false) =>
        Results.Redirect(notice is null ? path : $"{path}{(path.Contains('?') ? '&' : '?')}{(problem ? "problem" : "done")}={Html.Html.Q(notice)}");

    /// <summary>The notice a redirect carried (encoded when shown).</summary>
    public string Notices() =>
        Layout.Notice(Context.Request.Query["done"].ToString()) + Layout.Notice(Context.Request.Query["problem"].ToString(), problem: true);
}
