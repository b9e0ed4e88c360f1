using System.Text;
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
    public async Task<string> DumpAsync()
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            dump.AppendLine("# " + table);
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append(reader.IsDBNull(i) ? "NULL" : reader.GetValue(i)).Append('|');
                }

                dump.AppendLine();
            }
        }

        return dump.ToString();
    }

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
