using FactCheck.Core.Storage;
using FactCheck.Storage.Postgres;
using FactCheck.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Bot.Hosting;

/// <summary>Chooses the store's provider from `Storage:Provider` (Sqlite by default, or Postgres) and registers it.</summary>
public static class StorageHosting
{
    /// <summary>Binds and validates the `Storage` section and registers every store interface of the core on the chosen provider.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Read here (not from the bound options) because the registrations differ; an unknown name stops the start.
        var configured = builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.Provider)}"];
        if (string.IsNullOrWhiteSpace(configured) || string.Equals(configured, nameof(StorageProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
        {
            return builder.AddSqliteStorage();
        }

        if (string.Equals(configured, nameof(StorageProvider.Postgres), StringComparison.OrdinalIgnoreCase))
        {
            return builder.AddPostgresStorage();
        }

        throw new InvalidOperationException($"Storage:Provider '{configured}' is not a provider (accepted: Sqlite, Postgres).");
    }
}
