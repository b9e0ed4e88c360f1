using FactCheck.Core.Checking.Log;
using FactCheck.Core.Images;
using FactCheck.Core.Matching;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Storage.Relational;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FactCheck.Storage.Postgres;

/// <summary>Registers the PostgreSQL stores with the host.</summary>
public static class PostgresHostBuilderExtensions
{
    /// <summary>Registers every store interface of the core on one PostgreSQL database (Storage:ConnectionString).</summary>
    /// <remarks>The `Storage` section is bound by the host's provider selection; this adds the PostgreSQL rule on its connection string.</remarks>
    public static IHostApplicationBuilder AddPostgresStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Validate(o => IsPostgresConnectionString(o.ConnectionString),
                "Storage:ConnectionString is not a PostgreSQL connection string with a Host (e.g. \"Host=db;Database=factcheck;Username=factcheck\"; the password from PGPASSWORD).");

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(sp => new OutboxLease(TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<StorageOptions>>().Value.OutboxLeaseSeconds)));
        builder.Services.AddSingleton(sp => new PostgresDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString,
            sp.GetRequiredService<ILogger<PostgresDatabase>>()));
        builder.Services.AddSingleton<ISqlDatabase>(sp => sp.GetRequiredService<PostgresDatabase>());
        builder.Services.AddSingleton<PostgresClaimStore>();
        builder.Services.AddSingleton<IClaimStore>(sp => sp.GetRequiredService<PostgresClaimStore>());
        builder.Services.AddSingleton<IClaimChangeLog, PostgresClaimChangeLog>();
        builder.Services.AddSingleton(sp => new ClaimIndexLocation(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveIndexDirectory()));
        builder.Services.AddSingleton<IChatStateStore, PostgresChatStateStore>();
        builder.Services.AddSingleton<IEmbeddingStore, PostgresEmbeddingStore>();
        builder.Services.AddSingleton<ITipStore, SqlTipStore>();
        builder.Services.AddSingleton<ICheckLog, PostgresCheckLog>();
        builder.Services.AddSingleton<IFeedStateStore, PostgresFeedStateStore>();
        builder.Services.AddSingleton<IReviewerNoticeStore, PostgresReviewerNoticeStore>();
        builder.Services.AddSingleton<IEventClaims, SqlEventClaims>();
        builder.Services.AddSingleton<ILeaderLock, PostgresLeaderLock>();
        builder.Services.AddSingleton<IClaimChangeSignal, PostgresClaimChangeSignal>();
        builder.Services.AddSingleton<Core.Desk.IDeskStore, PostgresDeskStore>();
        builder.Services.AddSingleton<ITipImageStore, PostgresTipImageStore>();
        builder.Services.AddSingleton<IImageFingerprintStore, PostgresImageFingerprintStore>();
        return builder;
    }

    private static bool IsPostgresConnectionString(string? value)
    {
        try
        {
            // An empty value is [Required]'s to report; one message per mistake.
            return string.IsNullOrWhiteSpace(value) || !string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(value).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
