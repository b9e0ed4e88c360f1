using FactCheck.Core.Claims;

namespace FactCheck.Core.Import;

/// <summary>What the readers of one file collect: claims with their positions, rejections, and facts about the page.</summary>
internal sealed class ParseContext
{
    /// <summary>The address of the page the data came from (an HTML capture's canonical link), to resolve relative URLs.</summary>
    public string? PageUrl { get; set; }

    /// <summary>The page's declared language (html lang), used when a record declares none.</summary>
    public string? PageLanguage { get; set; }

    public List<Claim> Claims { get; } = [];

    public List<ImportRejection> Rejections { get; } = [];

    public void Reject(string position, string reason) => Rejections.Add(new ImportRejection(position, reason));
}
