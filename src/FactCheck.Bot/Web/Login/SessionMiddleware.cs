using FactCheck.Core.Desk;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Web.Login;

/// <summary>Reads the session cookie on every desk request (checking the reviewer lists again each time); without a
/// session, only the sign-in pages and the stylesheet answer, and everything else is the login page.</summary>
internal sealed class SessionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path == "/")
        {
            context.Response.Redirect("/desk");
            return;
        }

        if (!path.StartsWithSegments("/desk") || path == "/desk/desk.css")
        {
            await next(context);
            return;
        }

        var login = context.RequestServices.GetRequiredService<DeskServices>().Get<DeskLogin>();
        var user = await login.SessionAsync(context.Request.Cookies[LoginEndpoints.SessionCookie], context.RequestAborted);
        var request = DeskRequest.Create(context, user);
        if (user is null && path != DeskLogin.LoginPath)
        {
            var result = LoginEndpoints.LoginPage(request, status: HttpMethods.IsGet(context.Request.Method) ? StatusCodes.Status200OK : StatusCodes.Status403Forbidden);
            await result.ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
