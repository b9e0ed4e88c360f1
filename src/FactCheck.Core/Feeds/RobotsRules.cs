namespace FactCheck.Core.Feeds;

/// <summary>The rules of a robots.txt (RFC 9309) that apply to this bot: its own group if the file names it, else `*`.</summary>
/// <remarks>The longest matching Allow or Disallow wins, Allow on a tie; `*` and a final `$` are understood.</remarks>
public sealed class RobotsRules
{
    /// <summary>The product token sites can name in robots.txt.</summary>
    public const string ProductToken = "factcheck-bot";

    private readonly List<(string Pattern, bool Allow)> rules;

    private RobotsRules(List<(string Pattern, bool Allow)> rules) => this.rules = rules;

    public static RobotsRules AllowAll { get; } = new([]);

    public static RobotsRules DisallowAll { get; } = new([("/", false)]);

    public static RobotsRules Parse(string text)
    {
        var ours = new List<(string, bool)>();
        var star = new List<(string, bool)>();
        var agents = new List<string>();
        var inRules = false;
        var namedUs = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                // A user-agent line after rules starts a new group.
                if (inRules)
                {
                    agents.Clear();
                    inRules = false;
                }

                agents.Add(value.ToLowerInvariant());
                continue;
            }

            if (field is not ("allow" or "disallow"))
            {
                continue;
            }

            inRules = true;
            if (value.Length == 0)
            {
                continue; // "Disallow:" with nothing allows everything.
            }

            var rule = (value, field == "allow");
            if (agents.Exists(a => ProductToken.StartsWith(a, StringComparison.Ordinal) && a != "*"))
            {
                namedUs = true;
                ours.Add(rule);
            }
            else if (agents.Contains("*"))
            {
                star.Add(rule);
            }
        }

        return new RobotsRules(namedUs ? ours : star);
    }

    /// <summary>True when the path and query of <paramref name="url"/> may be read.</summary>
    public bool Allows(Uri url)
    {
        var path = url.PathAndQuery;
        var best = -1;
        var allowed = true;
        foreach (var (pattern, allow) in rules)
        {
            if (Matches(pattern, path) && (pattern.Length > best || (pattern.Length == best && allow)))
            {
                best = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        var at = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            var found = i == 0
                ? (path.StartsWith(parts[0], StringComparison.Ordinal) ? 0 : -1)
                : path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return !anchored || at == path.Length || parts[^1].Length == 0;
    }
}
