using FactCheck.Core.Storage;
using FactCheck.Bot.Hosting;
using FactCheck.Storage.Tests.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Storage.Tests;

public class StorageHostTests
{
    [Fact]
    public async Task AddStorage_registers_both_stores_on_the_configured_file()
    {
        using var db = new TempDatabase();
        var builder = Builder(db.ConnectionString);
        using var host = builder.Build();
        await host.StartAsync();

        var claims = host.Services.GetRequiredService<IClaimStore>();
        var chat = host.Services.GetRequiredService<IChatStateStore>();
        await claims.UpsertAsync([Claims.Make("a")], CancellationToken.None);
        await chat.SetSettingAsync("telegram", "bot", "offset", "12345", CancellationToken.None);

        Assert.Same(claims, host.Services.GetRequiredService<IClaimStore>());
        Assert.Equal("1", await db.ScalarAsync("SELECT COUNT(*) FROM claims"));
        Assert.Equal("12345", await db.ScalarAsync("SELECT value FROM chat_settings"));
        await host.StopAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("Mode=ReadOnly")]
    public async Task A_bad_connection_string_stops_the_host_at_start_with_one_clear_line(string connectionString)
    {
        var builder = Builder(connectionString);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("ConnectionString", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A bare host with only the storage registered (the bot's own factory adds seeds and adapters on top).</summary>
    private static HostApplicationBuilder Builder(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:ConnectionString"] = connectionString });
        builder.AddStorage();
        return builder;
    }
}
