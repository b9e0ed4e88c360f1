using System.Text;
using FactCheck.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace FactCheck.Storage.Tests.Sqlite;

/// <summary>A real SQLite file in a fresh temporary directory, deleted afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Directory = Path.Combine(Path.GetTempPath(), "factcheck-store-" + Guid.NewGuid().ToString("N"));
        // The database sits in a subfolder that does not exist yet: the store must create it.
        ConnectionString = $"Data Source={Path.Combine(Directory, "data", "test.db")}";
    }

    public string Directory { get; }

    public string ConnectionString { get; }

    /// <summary>Writes a file into the temporary directory and returns its path.</summary>
    public string WriteFile(string name, string content) => WriteFile(name, Encoding.UTF8.GetBytes(content));

    public string WriteFile(string name, byte[] content)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Every row of every table as text, to compare the whole database before and after.</summary>
    public Task<string> DumpAsync() => DatabaseDump.OfAsync(ConnectionString);

    public async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "NULL";
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the directory can go.
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
