using FactCheck.Bot.Cli;
using FactCheck.Bot.Tests.Cli;
using FactCheck.Core.Tips;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests.Tips;

public sealed class TipsCommandTests : IDisposable
{
    private const string Rumour = "Pesan berantai: minum air garam hangat tiga kali sehari mencegah semua varian virus, kata dokter di rumah sakit pusat.";
    private readonly TestStore store = new();

    [Fact]
    public async Task List_prints_open_tips_most_asked_first()
    {
        var quiet = await SubmitAsync("Jembatan baru di kota ini akan ditutup selama satu tahun penuh mulai bulan depan", "1");
        var loud = await SubmitAsync(Rumour, "1");
        await SubmitAsync(Rumour, "2");

        var (code, output, _) = await RunAsync("list");

        Assert.Equal(0, code);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Trim()).ToList();
        Assert.StartsWith($"{loud}      2", rows[0], StringComparison.Ordinal);
        Assert.StartsWith($"{quiet}      1", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_then_show_reports_the_claim_and_list_no_longer_holds_the_tip()
    {
        var id = await SubmitAsync(Rumour, "1");

        var (code, output, _) = await RunAsync("publish", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--rating", "Hoaks", "--url", "https://cekfakta.example.id/air-garam", "--publisher", "Cek Fakta Contoh", "--reviewer", "ana");
        var (_, shown, _) = await RunAsync("show", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (_, listed, _) = await RunAsync("list");

        Assert.Equal(0, code);
        Assert.Contains($"Published tip {id}", output, StringComparison.Ordinal);
        Assert.Contains("Published", shown, StringComparison.Ordinal);
        Assert.Contains(TipService.ClaimIdFor(id), shown, StringComparison.Ordinal);
        Assert.Contains(Rumour, shown, StringComparison.Ordinal);
        Assert.Contains("No open tips.", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_print_the_open_tips_over_the_period()
    {
        var id = await SubmitAsync(Rumour, "1");
        await SubmitAsync(Rumour, "2");

        var (code, output, _) = await RunAsync("stats", "--days", "30");

        Assert.Equal(0, code);
        Assert.StartsWith("Last 30 days: 0 checks", output, StringComparison.Ordinal);
        Assert.Contains($"#{id} · 2×: Pesan berantai", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "publish", "1", "--rating", "Salah")]
    [InlineData(2, "publish", "abc", "--rating", "Salah", "--url", "https://x.example/a", "--publisher", "P")]
    [InlineData(2, "show")]
    [InlineData(2, "list", "--colour", "red")]
    [InlineData(2, "list", "--limit", "many")]
    [InlineData(2, "stats", "--days", "-3")]
    [InlineData(2)]
    [InlineData(2, "frobnicate")]
    [InlineData(1, "show", "42")]
    [InlineData(1, "dismiss", "42")]
    [InlineData(1, "publish", "1", "--rating", "Salah", "--url", "not a link", "--publisher", "P")]
    public async Task Mistakes_exit_with_2_for_usage_and_1_for_refusals_with_a_line_on_stderr(int expected, params string[] args)
    {
        await SubmitAsync(Rumour, "1");

        var (code, _, error) = await RunAsync(args);

        Assert.Equal(expected, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }

    [Fact]
    public async Task Dismiss_closes_the_tip_and_a_second_dismiss_is_refused()
    {
        var id = (await SubmitAsync(Rumour, "1")).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var first = await RunAsync("dismiss", id);
        var second = await RunAsync("dismiss", id);

        Assert.Equal((0, 1), (first.Code, second.Code));
        Assert.Contains($"Dismissed tip {id}", first.Output, StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();

    private async Task<long> SubmitAsync(string text, string userId)
    {
        using var host = await VerbHost.StartAsync(loadIndex: false, CancellationToken.None, store.Settings);
        await host.Services.GetRequiredService<ITipStore>().InitializeAsync(CancellationToken.None);
        var result = await host.Services.GetRequiredService<TipService>()
            .SubmitAsync(new TipSubmission(text, new Asker("telegram", userId, userId, "id")), CancellationToken.None);
        return result.TipId;
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var run = await CliRun.RunAsync(store, ["tips", .. args]);
        return (run.Code, run.Output, run.Error);
    }
}
