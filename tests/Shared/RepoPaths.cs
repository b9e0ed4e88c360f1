namespace FactCheck.Tests.Shared;

/// <summary>Finds the repository root and the optional ../shared folder (benchmark data and publishers' samples).</summary>
internal static class RepoPaths
{
    /// <summary>The directory holding Bot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared/ folder beside the repository, or null in a clone that has none.</summary>
    public static string? Shared
    {
        get
        {
            var candidate = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>A path inside shared/, or null (with the reason in <paramref name="skipReason"/>) when it is absent.</summary>
    public static string? SharedPath(string relative, out string skipReason)
    {
        skipReason = string.Empty;
        var shared = Shared;
        var path = shared is null ? null : Path.Combine(shared, relative);
        if (path is null || (!File.Exists(path) && !Directory.Exists(path)))
        {
            skipReason = $"../shared/{relative} is not present beside this clone; the repository's own fixtures cover this case.";
            return null;
        }

        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
