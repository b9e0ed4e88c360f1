using Microsoft.Data.Sqlite;

namespace FactCheck.Tests.Shared;

/// <summary>A fresh folder under the temp directory for one test (or one class's tests), deleted with everything in it
/// on Dispose: an SQLite file, the files a test writes beside it.</summary>
/// <remarks>Pooled SQLite connections keep a database file open, so the pools are released first. A folder that still
/// cannot be deleted fails the test instead of staying behind unnoticed, as stray files in /tmp once did.</remarks>
internal sealed class TempFolder(string prefix) : IDisposable
{
    private const int Attempts = 5;

    /// <summary>The folder; it exists until Dispose.</summary>
    public DirectoryInfo Info { get; } = Directory.CreateTempSubdirectory(prefix);

    public string FullName => Info.FullName;

    /// <summary>A path inside the folder.</summary>
    public string PathOf(string name) => Path.Combine(FullName, name);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        for (var attempt = 1; Directory.Exists(FullName); attempt++)
        {
            try
            {
                Directory.Delete(FullName, recursive: true);
            }
            catch (IOException) when (attempt < Attempts)
            {
                // A process the test started (the bot, an import) may take a moment to let go of a file.
                Thread.Sleep(200 * attempt);
            }
        }
    }
}
