using System.Net;
using System.Text.RegularExpressions;

namespace FactCheck.Bot.Tests.Web;

/// <summary>Signing in and posting forms as a browser without script would: read the page's antiforgery field, post it back.</summary>
internal static partial class DeskForms
{
    public static string Antiforgery(string html) =>
        AntiforgeryField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery field in the page.");

    /// <summary>Opens the link and presses "Sign in"; the answer to the post.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string link)
    {
        var page = await client.GetStringAsync(new Uri(link).PathAndQuery);
        var token = new Uri(link).Query.Split("token=")[1];
        return await client.PostAsync("/desk/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["__af"] = Antiforgery(page) }));
    }

    /// <summary>Posts a form of <paramref name="pagePath"/> to <paramref name="action"/> with the page's own antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pagePath, string action, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pagePath);
        fields["__af"] = Antiforgery(page);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static async Task<HttpClient> SignedInAsync(DeskHost desk, CookieContainer? cookies = null)
    {
        var client = desk.Client(cookies);
        var signIn = await SignInAsync(client, await desk.DeskLinkAsync());
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
