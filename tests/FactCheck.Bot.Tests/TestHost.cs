namespace FactCheck.Bot.Tests;

/// <summary>A temporary folder with a fresh SQLite store for one test, removed afterwards.</summary>
internal sealed class TestStore : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("factcheck-test-");

    public string ConnectionString => $"Data Source={Path.Combine(directory.FullName, "bot.db")};Pooling=false";

    public Dictionary<string, string?> Settings => new() { ["Storage:ConnectionString"] = ConnectionString };

    public string PathOf(string name) => Path.Combine(directory.FullName, name);

    public void Dispose()
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pool on a slow machine; the OS cleans the temp folder.
        }
    }
}
