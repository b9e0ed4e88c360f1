using Npgsql;

namespace FactCheck.Tests.Shared;

/// <summary>A schema of its own on the test server (<c>FACTCHECK_TEST_POSTGRES</c>) for one test, dropped at the end:
/// tests share one server without seeing each other's rows, and a failed test leaves nothing behind.</summary>
internal sealed class TestSchema : IAsyncDisposable
{
    private readonly string server;

    private TestSchema(string server, string name)
    {
        this.server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The server's connection string with this schema as its search path: what a bot under test is given.</summary>
    public string ConnectionString { get; }

    public static async Task<TestSchema> CreateAsync(string server)
    {
        var schema = new TestSchema(server, "fc_test_" + Guid.NewGuid().ToString("N")[..12]);
        await ExecuteAsync(server, $"CREATE SCHEMA {schema.Name}");
        return schema;
    }

    public async ValueTask DisposeAsync()
    {
        // Pooled connections of the code under test still use the schema; dropping it under them would block.
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP SCHEMA {Name} CASCADE");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
