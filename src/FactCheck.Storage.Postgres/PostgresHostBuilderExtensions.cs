using FactCheck.Core.Storage;
using FactCheck.Storage.Relational;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FactCheck.Storage.Postgres;

/// <summary>Registers the PostgreSQL stores with the host.</summary>
public static class PostgresHostBuilderExtensions
{
    /// <summary>Registers every store interface of the core on one PostgreSQL database (Storage:ConnectionString).</summary>
    /// <remarks>The `Storage` section is bound by the host's provider selection; this adds the PostgreSQL rule on its connection string.</remarks>
    public static IHostApplicationBuilder AddPostgresStorage(this IHostApplicationBuilder builder)
    {
        builder.AddSqlStorage(
            value => !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(value).Host),
            "Storage:ConnectionString is not a PostgreSQL connection string with a Host (e.g. \"Host=db;Database=factcheck;Username=factcheck\"; the password from PGPASSWORD).",
            (sp, connectionString) => new PostgresDatabase(connectionString, sp.GetRequiredService<ILogger<PostgresDatabase>>()));
        builder.Services.AddSingleton<PostgresClaimStore>();
        builder.Services.AddSingleton<IClaimStore>(sp => sp.GetRequiredService<PostgresClaimStore>());
        builder.Services.AddSingleton<IEmbeddingStore, PostgresEmbeddingStore>();
        builder.Services.AddSingleton<ILeaderLock, PostgresLeaderLock>();
        builder.Services.AddSingleton<IClaimChangeSignal, PostgresClaimChangeSignal>();
        return builder;
    }
}
