using System.Diagnostics;
using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactCheck.Telegram.Tests;

/// <summary>AddTelegram: nothing without a token, one clear line for a bad value, never the token itself.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task Adds_no_hosted_service_without_a_token()
    {
        await using var api = new FakeBotApi();
        var builder = TelegramTestHost.Builder(api, new InMemoryChatStateStore(), new FakeCheckService(), new Dictionary<string, string?> { ["Telegram:Token"] = "" });

        using var host = builder.Build();

        Assert.Empty(host.Services.GetServices<IHostedService>());
    }

    [Theory]
    [InlineData("Telegram:Token", "not-a-token-at-all", "Telegram:Token")]
    [InlineData("Telegram:ApiBaseUrl", "ftp://example.org", "Telegram:ApiBaseUrl")]
    [InlineData("Telegram:Mode", "Webhook", "Telegram:WebhookUrl")]
    [InlineData("Telegram:ChecksPerUserPerMinute", "0", "Telegram:ChecksPerUserPerMinute")]
    [InlineData("Telegram:MaxConcurrentUpdates", "0", "Telegram:MaxConcurrentUpdates")]
    public async Task A_bad_setting_stops_the_host_with_one_line_naming_it(string key, string value, string named)
    {
        await using var api = new FakeBotApi();
        var builder = TelegramTestHost.Builder(api, new InMemoryChatStateStore(), new FakeCheckService(), new Dictionary<string, string?> { [key] = value });
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        var line = Assert.Single(error.Failures);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain(value == "not-a-token-at-all" ? value : FakeBotApi.Token, error.Message, StringComparison.Ordinal);
        Assert.Empty(api.Calls);
    }

    [Fact]
    public async Task The_bot_with_a_malformed_token_exits_with_one_line_on_stderr()
    {
        using var folder = new TempFolder("factcheck-telegram-");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "factcheck.dll")])
        {
            WorkingDirectory = folder.FullName,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["Telegram__Token"] = "12345-not-a-token";
        start.Environment["Storage__ConnectionString"] = "Data Source=" + folder.PathOf("bot.db");
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        string stderr;
        try
        {
            stderr = await process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            // A bot that did not exit is stopped, so that its folder can go.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }

        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Telegram:Token does not look like a bot token", line, StringComparison.Ordinal);
        Assert.DoesNotContain("12345-not-a-token", stderr, StringComparison.Ordinal);
    }
}
