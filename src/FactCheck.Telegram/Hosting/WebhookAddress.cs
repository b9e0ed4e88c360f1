using Microsoft.AspNetCore.Http;

namespace FactCheck.Telegram.Hosting;

/// <summary>Telegram:WebhookListen, written as an HttpListener-style prefix (<c>http://+:8443/telegram/</c>), split into
/// what Kestrel binds (scheme, host, port) and the path the webhook answers under.</summary>
internal sealed record WebhookAddress(string Server, PathString Path)
{
    public static WebhookAddress Parse(string prefix)
    {
        var pathStart = prefix.IndexOf('/', prefix.IndexOf("://", StringComparison.Ordinal) + 3);
        return pathStart < 0
            ? new WebhookAddress(prefix, PathString.Empty)
            : new WebhookAddress(prefix[..pathStart], new PathString(prefix[pathStart..].TrimEnd('/')));
    }
}
