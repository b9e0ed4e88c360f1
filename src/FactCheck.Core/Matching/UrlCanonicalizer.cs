namespace FactCheck.Core.Matching;

/// <summary>Reduces a URL to the form under which two links to the same page compare equal.</summary>
public static class UrlCanonicalizer
{
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "igshid", "mc_", "ref_src", "si", "s", "t", "feature"];

    /// <summary>Canonical form (lower-case host without www./m., no fragment, no tracking parameters, no trailing slash), or null when not a web URL.</summary>
    public static string? Canonicalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var text = url.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        foreach (var prefix in (string[])["www.", "m.", "mobile."])
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal))
            {
                host = host[prefix.Length..];
            }
        }

        host = host switch
        {
            "x.com" => "twitter.com",
            "youtu.be" => "youtube.com",
            _ => host,
        };

        var path = uri.AbsolutePath.TrimEnd('/');
        if (uri.Host.EndsWith("youtu.be", StringComparison.OrdinalIgnoreCase) && path.Length > 1)
        {
            return "youtube.com/watch?v=" + path.TrimStart('/');
        }

        var kept = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var query = kept.Length == 0 ? string.Empty : "?" + string.Join('&', kept);
        return host + path + query;
    }

    private static bool IsTracking(string parameter)
    {
        var name = parameter.Split('=', 2)[0].ToLowerInvariant();
        return TrackingPrefixes.Any(p => p.EndsWith('_') ? name.StartsWith(p, StringComparison.Ordinal) : name == p);
    }
}
