namespace FactCheck.Telegram.Hosting;

/// <summary>Telegram:WebhookListen, written as an HttpListener-style prefix (<c>http://+:8443/telegram/</c>), split into
/// what Kestrel binds (scheme, host, port) and the path the webhook answers on.</summary>
internal sealed record WebhookAddress(string Server, string Path)
{
    public static WebhookAddress Parse(string prefix)
    {
        var schemeEnd = prefix.IndexOf("://", StringComparison.Ordinal) + 3;
        var pathStart = prefix.IndexOf('/', schemeEnd);
        return pathStart < 0
            ? new WebhookAddress(prefix, "/")
            : new WebhookAddress(prefix[..pathStart], prefix[pathStart..]);
    }
}
