using Microsoft.Extensions.Options;

namespace FactCheck.Bot.Web;

/// <summary>The desk's address for links: Web:PublicUrl, else the address Kestrel actually bound (port 0 gets its
/// real port), else Web:Listen.</summary>
internal sealed class DeskAddress(IOptions<WebOptions> options)
{
    private string? bound;

    /// <summary>Set by the server once it listens.</summary>
    public void Bound(string address) => Volatile.Write(ref bound, address);

    /// <summary>The address Kestrel listens on, once started (tests reach the desk here).</summary>
    public string? Listening => Volatile.Read(ref bound);

    public string Base() =>
        (!string.IsNullOrWhiteSpace(options.Value.PublicUrl) ? options.Value.PublicUrl : Listening ?? options.Value.Listen ?? string.Empty).TrimEnd('/');
}
