using FactCheck.Core.Checking.Log;
using FactCheck.Core.Images;
using FactCheck.Core.Matching;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using FactCheck.Core.Tips.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Storage.Relational;

/// <summary>What every SQL provider registers alike: its connection-string rule, the clock, the outbox lease, the
/// database and the stores written once over it. A provider adds what is its own (change signal, leader lock).</summary>
public static class SqlStorageRegistration
{
    /// <summary>Registers <typeparamref name="TDatabase"/> (made by <paramref name="open"/> from Storage:ConnectionString)
    /// as itself and as <see cref="ISqlDatabase"/>, with the shared stores on it.</summary>
    /// <param name="builder">The host being built.</param>
    /// <param name="isConnectionString">The provider's rule on a non-empty connection string (an empty one is [Required]'s to report).</param>
    /// <param name="mistake">The one line that stops the host when the rule fails.</param>
    /// <param name="open">Makes the database from the connection string.</param>
    public static IHostApplicationBuilder AddSqlStorage<TDatabase>(
        this IHostApplicationBuilder builder, Func<string, bool> isConnectionString, string mistake, Func<IServiceProvider, string, TDatabase> open)
        where TDatabase : class, ISqlDatabase
    {
        builder.Services.AddOptions<StorageOptions>()
            .Validate(o => string.IsNullOrWhiteSpace(o.ConnectionString) || IsValid(isConnectionString, o.ConnectionString), mistake);

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(sp => new OutboxLease(TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<StorageOptions>>().Value.OutboxLeaseSeconds)));
        builder.Services.AddSingleton(sp => open(sp, sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        builder.Services.AddSingleton<ISqlDatabase>(sp => sp.GetRequiredService<TDatabase>());
        builder.Services.AddSingleton(sp => new ClaimIndexLocation(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveIndexDirectory()));
        builder.Services.AddSingleton<IClaimChangeLog, SqlClaimChangeLog>();
        builder.Services.AddSingleton<SqlChatStateStore>();
        builder.Services.AddSingleton<IChatStateStore>(sp => sp.GetRequiredService<SqlChatStateStore>());
        builder.Services.AddSingleton<ICheckLog, SqlCheckLog>();
        builder.Services.AddSingleton<IFeedStateStore, SqlFeedStateStore>();
        builder.Services.AddSingleton<IImageFingerprintStore, SqlImageFingerprintStore>();
        builder.Services.AddSingleton<ITipStore, SqlTipStore>();
        builder.Services.AddSingleton<ITipImageStore, SqlTipImageStore>();
        builder.Services.AddSingleton<IPendingImageStore, SqlPendingImageStore>();
        builder.Services.AddSingleton<IEventClaims, SqlEventClaims>();
        builder.Services.AddSingleton<IReviewerNoticeStore, SqlReviewerNoticeStore>();
        builder.Services.AddSingleton<Core.Desk.IDeskStore, SqlDeskStore>();
        return builder;
    }

    private static bool IsValid(Func<string, bool> isConnectionString, string value)
    {
        try
        {
            return isConnectionString(value);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
