using System.Text.Json;
using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>Who published a ClaimReview: its publisher, else an organisation among its authors, else its site.</summary>
/// <remarks>A person among the authors is the journalist, not the publisher, so it is not shown as one.</remarks>
internal static class PublisherReader
{
    public static Publisher Read(JsonElement review, string reviewUrl)
    {
        var site = UrlTools.Host(reviewUrl);
        foreach (var candidate in JsonTools.Objects(review, "publisher"))
        {
            if (Name(candidate) is { Length: > 0 } name)
            {
                return new Publisher(name, SiteOf(candidate) ?? site);
            }
        }

        foreach (var author in JsonTools.Objects(review, "author"))
        {
            if (!JsonTools.HasType(author, "Person") && Name(author) is { Length: > 0 } name)
            {
                return new Publisher(name, SiteOf(author) ?? site);
            }
        }

        return new Publisher(string.Empty, site);
    }

    private static string Name(JsonElement node) =>
        TextClean.Inline(string.Join(", ", JsonTools.Strs(node, "name").Select(TextClean.Inline).Where(n => n.Length > 0)));

    private static string? SiteOf(JsonElement node) =>
        UrlTools.Canonicalize(JsonTools.FirstStr(node, "url", "@id"), null, out _) is { } url ? UrlTools.Host(url) : null;
}
