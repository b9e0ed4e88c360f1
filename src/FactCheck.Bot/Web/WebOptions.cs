namespace FactCheck.Bot.Web;

/// <summary>The `Web` section: where the reviewers' desk and the operations endpoints listen, and how links to them are written.</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>Kestrel's address (`http://127.0.0.1:5080` by default; port 0 picks a free one); empty turns the web server off.</summary>
    public string? Listen { get; set; } = "http://127.0.0.1:5080";

    /// <summary>How links to the desk are written (the address reviewers' browsers reach, e.g. behind a TLS proxy); the
    /// listening address when empty. An https address makes the session cookie Secure.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>How long a desk session lasts after sign-in.</summary>
    public int SessionHours { get; set; } = 12;

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>True when the web server is to run.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Listen);

    /// <summary>True when links say https, so cookies must be Secure.</summary>
    public bool IsHttps => (string.IsNullOrWhiteSpace(PublicUrl) ? Listen : PublicUrl)?.StartsWith("https:", StringComparison.OrdinalIgnoreCase) == true;
}
