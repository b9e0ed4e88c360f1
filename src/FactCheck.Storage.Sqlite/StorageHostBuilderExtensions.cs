using FactCheck.Core.Checking.Log;
using FactCheck.Core.Images;
using FactCheck.Core.Matching;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using FactCheck.Storage.Relational;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Storage.Sqlite;

/// <summary>Registers the SQLite claim store, chat state store and tip store with the host.</summary>
public static class StorageHostBuilderExtensions
{
    /// <summary>Registers <see cref="IClaimStore"/>, <see cref="IChatStateStore"/>, <see cref="ITipStore"/>, <see cref="ICheckLog"/>, <see cref="IEmbeddingStore"/> and <see cref="IFeedStateStore"/> as singletons on one database.</summary>
    /// <remarks>The `Storage` section is bound by the host's provider selection; this adds the SQLite rule on its connection string.</remarks>
    public static IHostApplicationBuilder AddSqliteStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Validate(o => IsSqliteConnectionString(o.ConnectionString),
                "Storage:ConnectionString is not an SQLite connection string with a Data Source (e.g. \"Data Source=data/factcheck.db\").");

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new SqliteDatabase(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString,
            sp.GetRequiredService<ILogger<SqliteDatabase>>()));
        builder.Services.AddSingleton<ISqlDatabase>(sp => sp.GetRequiredService<SqliteDatabase>());
        builder.Services.AddSingleton<SqliteClaimStore>();
        builder.Services.AddSingleton<IClaimStore>(sp => sp.GetRequiredService<SqliteClaimStore>());
        builder.Services.AddSingleton<IClaimChangeLog, SqliteClaimChangeLog>();
        builder.Services.AddSingleton(sp => new ClaimIndexLocation(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveIndexDirectory()));
        builder.Services.AddSingleton<SqliteChatStateStore>();
        builder.Services.AddSingleton<IChatStateStore>(sp => sp.GetRequiredService<SqliteChatStateStore>());
        builder.Services.AddSingleton<IEmbeddingStore, SqliteEmbeddingStore>();
        builder.Services.AddSingleton<ITipStore, SqlTipStore>();
        builder.Services.TryAddSingleton(sp => new OutboxLease(TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<StorageOptions>>().Value.OutboxLeaseSeconds)));
        builder.Services.AddSingleton<ICheckLog, SqliteCheckLog>();
        builder.Services.AddSingleton<IFeedStateStore, SqliteFeedStateStore>();
        builder.Services.AddSingleton<IReviewerNoticeStore, SqliteReviewerNoticeStore>();
        builder.Services.AddSingleton<IEventClaims, SqlEventClaims>();
        builder.Services.AddSingleton<ILeaderLock, SqliteLeaderLock>();
        builder.Services.AddSingleton<Core.Desk.IDeskStore, SqliteDeskStore>();
        builder.Services.AddSingleton<ITipImageStore, SqliteTipImageStore>();
        builder.Services.AddSingleton<IImageFingerprintStore, SqliteImageFingerprintStore>();
        return builder;
    }

    private static bool IsSqliteConnectionString(string? value)
    {
        try
        {
            // An empty value is [Required]'s to report; one message per mistake.
            return string.IsNullOrWhiteSpace(value) || !string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(value).DataSource);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
