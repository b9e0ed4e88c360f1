using FactCheck.Core.Import;

namespace FactCheck.Core.Tests.Import;

/// <summary>Parses the fixture files copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static ParsedFile Parse(string name) => ClaimFileParser.Parse(PathOf(name));
}
