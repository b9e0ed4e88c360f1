using FactCheck.Core.Storage;
using FactCheck.Storage.Relational;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactCheck.Storage.Sqlite;

/// <summary>Registers the SQLite stores with the host.</summary>
public static class StorageHostBuilderExtensions
{
    /// <summary>Registers every store interface of the core on one SQLite file (Storage:ConnectionString).</summary>
    /// <remarks>The `Storage` section is bound by the host's provider selection; this adds the SQLite rule on its connection string.</remarks>
    public static IHostApplicationBuilder AddSqliteStorage(this IHostApplicationBuilder builder)
    {
        builder.AddSqlStorage(
            value => !string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(value).DataSource),
            "Storage:ConnectionString is not an SQLite connection string with a Data Source (e.g. \"Data Source=data/factcheck.db\").",
            (sp, connectionString) => new SqliteDatabase(connectionString, sp.GetRequiredService<ILogger<SqliteDatabase>>()));
        builder.Services.AddSingleton<SqliteClaimStore>();
        builder.Services.AddSingleton<IClaimStore>(sp => sp.GetRequiredService<SqliteClaimStore>());
        builder.Services.AddSingleton<IEmbeddingStore, SqliteEmbeddingStore>();
        builder.Services.AddSingleton<ILeaderLock, SqliteLeaderLock>();
        return builder;
    }
}
