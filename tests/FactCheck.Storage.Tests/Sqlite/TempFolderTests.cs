using FactCheck.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Tests.Sqlite;

/// <summary>The tests' temporary folder leaves nothing behind, even with a pooled SQLite connection on a file in it.</summary>
public sealed class TempFolderTests
{
    [Fact]
    public async Task A_folder_with_an_sqlite_file_a_pool_still_holds_is_gone_after_dispose()
    {
        var folder = new TempFolder("factcheck-tempfolder-");
        var path = folder.PathOf("pooled.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);";
            await command.ExecuteNonQueryAsync();
        }

        // Closed, but the pool keeps the file open.
        Assert.True(File.Exists(path));
        folder.Dispose();

        Assert.False(Directory.Exists(folder.FullName));
    }
}
